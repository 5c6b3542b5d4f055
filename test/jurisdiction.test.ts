/** Finding the jurisdiction a list names, with its GB/T 2260 code. */
import { describe, expect, it } from 'vitest';
import { divisionCodeInPowerCode, findJurisdiction } from '../src/lists/jurisdiction.js';

const find = (...texts: string[]) => findJurisdiction(texts);

describe('findJurisdiction', () => {
  it.each([
    ['第一师阿拉尔市互联网信息办公室', '阿拉尔市', '659002', '兵团师市'],
    ['中共凉州区委网络安全和信息化办公室（区互联网信息办公室）权责清单', '凉州区', '620602', '县'],
    ['泸县互联网信息办公室责任清单（一）', '泸县', '510521', '县'],
    ['三明市互联网信息办公室权责事项清单', '三明市', '350400', '市'],
    ['中共邵阳市委网络安全和信息化领导小组办公室', '邵阳市', '430500', '市'],
  ])('%s', (text, name, code, level) => {
    expect(find(text).jurisdiction).toMatchObject({ name, code, level });
  });

  it('does not read a shorter name inside a longer one (城区 in 潞城区, 应县 in 宝应县)', () => {
    expect(find('潞城区互联网信息办公室').jurisdiction?.code).toBe('140406');
    expect(find('宝应县网信办').jurisdiction?.code).toBe('321023');
    expect(find('长兴县互联网信息办公室').jurisdiction?.code).toBe('330522');
  });

  it('takes a shared name in the province or prefecture the text also names, and warns otherwise', () => {
    const beijing = find('北京市朝阳区网信办');
    expect(beijing.jurisdiction?.code).toBe('110105');
    expect(beijing.warnings).toEqual([]);
    const bare = find('朝阳区网信办');
    expect(bare.warnings[0]).toMatch(/ambiguous.*took 110105/);
    expect(bare.jurisdiction?.code).toBe('110105');
  });

  it('does not take the dataset placeholder 市辖区 for a place', () => {
    expect(find('市辖区网信办').jurisdiction).toBeNull();
  });

  it('reads the division code inside a local power code', () => {
    expect(divisionCodeInPowerCode('11620602MB198079204620246001000')).toBe('620602');
    expect(divisionCodeInPowerCode('XK-001')).toBeNull();
  });
});
