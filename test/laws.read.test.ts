/**
 * Reading statute files: layout, title and the version's dates from the front matter, the
 * file name or the history lines, as the files themselves state them.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readLawFile } from '../src/laws/read.js';

const statute = (file: string) => fileURLToPath(new URL(`../data/statutes/${file}`, import.meta.url));

describe('readLawFile on the statutes', () => {
  it('LawRefBook: 网络安全法 2016, effective date from 第七十九条', () => {
    const law = readLawFile(statute('网络安全法@2016-11-07.md'));
    expect(law).toMatchObject({
      title: '中华人民共和国网络安全法',
      adopted: '2016-11-07',
      effective: '2017-06-01',
      layout: 'lawrefbook',
      frontMatter: {},
    });
    expect(law.articles).toHaveLength(79);
    expect(law.text.startsWith('# 中华人民共和国网络安全法')).toBe(true);
  });

  it('flk: 网络安全法 2025, dates from the front matter, not from 本法自2017年6月1日起施行', () => {
    const law = readLawFile(statute('网络安全法@2025-10-28.md'));
    expect(law).toMatchObject({ title: '中华人民共和国网络安全法', adopted: '2025-10-28', effective: '2026-01-01', layout: 'flk' });
    expect(law.frontMatter).toMatchObject({ office: '全国人民代表大会常务委员会', type: '法律', status: '有效', publish: '2025-10-28 00:00:00' });
    expect(law.articles).toHaveLength(81);
    expect(law.text.startsWith('\n# 中华人民共和国网络安全法')).toBe(true);
  });

  it('flk with an empty publish field: 新疆 条例, adopted from the file name', () => {
    const law = readLawFile(statute('新疆维吾尔自治区信息化促进条例@2009-09-25.md'));
    expect(law).toMatchObject({ adopted: '2009-09-25', effective: '2009-12-01', layout: 'flk' });
    expect(law.frontMatter.publish).toBe('');
    expect(law.articles).toHaveLength(48);
  });

  it('the file name wins over a history that only names the first version', () => {
    // The header of this file shows only 2000年9月25日 …公布; the text is the 2011 revision.
    const law = readLawFile(statute('互联网信息服务管理办法@2011-01-08.md'));
    expect(law).toMatchObject({ title: '互联网信息服务管理办法', adopted: '2011-01-08', effective: null });
  });

  it('keeps an original commencement date only when it is not before the version', () => {
    expect(readLawFile(statute('行政处罚法@2021-01-22.md'))).toMatchObject({ adopted: '2021-01-22', effective: '2021-07-15' });
    // 本法自2004年7月1日起施行 is the first version's date, not the 2019 amendment's.
    expect(readLawFile(statute('行政许可法@2019-04-23.md'))).toMatchObject({ adopted: '2019-04-23', effective: null });
  });
});

describe('dates from history lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fatiao-laws-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('reads 通过 and 施行 lines when the file name has no date', () => {
    const path = write(
      '某法.md',
      '# 某法\n\n2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n2021年1月1日 施行\n\n<!-- INFO END -->\n\n第一条 为了某事，制定本法。\n',
    );
    expect(readLawFile(path)).toMatchObject({ title: '某法', adopted: '2020-05-28', effective: '2021-01-01', layout: 'lawrefbook' });
  });

  it('takes the latest amendment in a flk history paragraph, and Chinese numerals', () => {
    const path = write(
      '某条例.md',
      '# 某条例\n\n（二〇〇九年九月二十五日某会议通过　根据2016年11月7日某会议《关于修改的决定》修正）\n\n第一条 甲。\n\n第二条 本条例自2017年1月1日起施行。\n',
    );
    expect(readLawFile(path)).toMatchObject({ adopted: '2016-11-07', effective: '2017-01-01', layout: 'plain' });
  });

  it('reads dates in full-width brackets in the file name', () => {
    const path = write('某办法（2019-03-24）.md', '# 某办法\n\n第一条 甲。\n');
    expect(readLawFile(path)).toMatchObject({ adopted: '2019-03-24', effective: null });
  });
});

const civil = fileURLToPath(new URL('../../shared/lawcorpus/民法典/总则.md', import.meta.url));
describe.skipIf(!existsSync(civil))('the law corpus', () => {
  it('民法典 总则: no date in the name, two # headings', () => {
    expect(readLawFile(civil)).toMatchObject({ title: '中华人民共和国民法典', adopted: '2020-05-28', effective: '2021-01-01' });
  });
});
