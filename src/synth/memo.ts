/**
 * A bounded memo for texts the writers make again and again (a basis written in one style,
 * a cell escaped for one format): the same value each time, made once. When it holds too
 * many it starts afresh, so a million-item corpus keeps a steady footprint.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit = 5_000) {}

  get(key: string, make: () => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(key, (value = make()));
    }
    return value;
  }
}
