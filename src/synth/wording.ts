/**
 * The fixed wording of list fields that cite no statute: responsibilities (责任事项),
 * accountability (追责情形), handling units (承办机构), and how a list words its types.
 * None of it may contain a citation: only the basis is checked.
 */
import type { PowerType } from '../lists/types.js';
import type { Random } from './random.js';

const RESPONSIBILITIES: Partial<Record<PowerType, string[]>> = {
  行政处罚: [
    '1.立案责任：对发现的违法行为，依法及时立案。\n2.调查取证责任：执法人员不得少于两人，调查时出示执法证件，全面、客观、公正地调查取证。\n3.审查责任：对案件违法事实、证据、调查取证程序、法律适用、处罚种类和幅度等进行审查。\n4.告知责任：作出行政处罚决定前，告知当事人拟作出的处罚内容及事实、理由、依据，以及依法享有的陈述、申辩、要求听证等权利。\n5.决定责任：依法作出处罚决定，制作行政处罚决定书。\n6.送达责任：行政处罚决定书在宣告后当场交付当事人；当事人不在场的，在七日内送达。\n7.执行责任：监督当事人履行行政处罚决定。',
    '1.立案阶段责任：对投诉、举报、移送和检查中发现的违法行为及时审查，决定是否立案。\n2.调查阶段责任：收集、调取证据，制作笔录。\n3.审查阶段责任：审查案件调查报告，提出处理意见。\n4.告知阶段责任：告知当事人拟作出处罚的事实、理由、依据和依法享有的权利。\n5.决定阶段责任：作出处罚决定，制作统一编号的行政处罚决定书。\n6.送达阶段责任：依法送达行政处罚决定书。\n7.执行阶段责任：依法督促执行。',
  ],
  行政检查: [
    '1.检查责任：按照属地管理原则，通过日常巡查、专项检查等方式实施监督检查。\n2.处置责任：对检查中发现的问题，依法责令整改或者移交有关部门处理。\n3.信息公开责任：依法公开监督检查结果。',
    '1.按照属地管理原则，对本行政区域内的网络运营者实施监督检查；\n2.加强与相关主管部门的沟通协调，开展联合检查；\n3.对检查发现的问题督促整改。',
  ],
  公共服务: [
    '1.受理责任：公布举报渠道，及时受理举报。\n2.办理责任：依法及时处理，不属于本部门职责的及时移送有权处理的部门。\n3.保密责任：对举报人的相关信息予以保密。',
    '1.制定年度工作计划；\n2.组织开展宣传教育活动；\n3.指导、督促有关单位做好相关工作。',
  ],
};
const OTHER_RESPONSIBILITIES = ['1.组织实施责任：按照规定的权限和程序组织实施。\n2.监督责任：对实施情况进行跟踪督促。\n3.报告责任：及时向上级主管部门报告有关情况。'];

const ACCOUNTABILITY = [
  '因不履行或不正确履行行政职责，有下列情形之一的，行政机关及相关工作人员应承担相应责任：\n1.没有法律和事实依据实施行政行为的；\n2.擅自改变处理种类、幅度的；\n3.违反法定程序的；\n4.玩忽职守、滥用职权、徇私舞弊的；\n5.其他违反法律法规规章规定的行为。',
  '主管部门及其工作人员玩忽职守、滥用职权、徇私舞弊，造成严重后果，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，对直接负责的主管人员和其他直接责任人员依法给予处分。',
  '有下列情形之一的，依照《中华人民共和国行政处罚法》第七十六条追究责任：\n1.没有法定的行政处罚依据的；\n2.擅自改变行政处罚种类、幅度的；\n3.违反法定的行政处罚程序的。',
];

export function responsibilitiesFor(type: PowerType, rng: Random): string {
  return rng.pick(RESPONSIBILITIES[type] ?? OTHER_RESPONSIBILITIES);
}

export function accountabilityFor(rng: Random): string {
  return rng.pick(ACCOUNTABILITY);
}

/** A list's handling units (承办机构) by type of item. */
export function handlingUnits(levelWord: string, rng: Random): (type: PowerType) => string {
  const province = levelWord === '省级';
  const enforcement = rng.pick(province ? ['网络执法处', '网络管理处'] : ['网络管理科', '网络执法科', '网络监管组', '网络安全科']);
  const security = rng.pick(province ? ['网络安全协调处', '网络安全处'] : ['网络安全科', '网络安全协调科', '网络管理科']);
  const general = rng.pick(province ? ['综合处', '网络传播处'] : ['综合科', '网络传播科', '网络安全科']);
  return (type) => (type === '行政处罚' ? enforcement : type === '公共服务' ? general : security);
}

/** How a list words a type: 行政处罚 or 行政处罚类, 其他行政权力 or 其他权责事项. */
export function typeWording(rng: Random): (type: PowerType) => string {
  const suffix = rng.chance(0.2);
  const other = rng.pick(['其他行政权力', '其他权责事项', '其他行政权力']);
  return (type) => (type === '其他行政权力' ? other : suffix && type.startsWith('行政') ? `${type}类` : type);
}

/** The order lists give types in. */
export const TYPE_ORDER: PowerType[] = ['行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励', '行政裁决', '其他行政权力', '公共服务'];
