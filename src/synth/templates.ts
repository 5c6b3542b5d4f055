/**
 * The power items a 网信办 list holds, written from the statutes rather than copied from the
 * seed lists (whose text carries real errors): each template names the item, its type, and
 * the provisions its basis cites, in the numbering of the version in force. A penalty item
 * cites the obligation article first and the penalty article last.
 */
import type { PowerType } from '../lists/types.js';
import type { LawKey } from './laws.js';

export interface TemplateCite {
  law: LawKey;
  article: number;
  /** A 款 the basis cites on its own (第四十一条第二款), else the whole article. */
  paragraph?: number;
}

export interface TemplateDef {
  id: string;
  type: PowerType;
  /** Ways lists name the item; a list uses one, another list another. */
  names: string[];
  /** Sub-items (子项) some lists split the item into. */
  subItems?: string[];
  cites: TemplateCite[];
  /** Whether the last citation is a penalty article (the one errors are planted in). */
  penalty?: boolean;
  /** Only lists of this province carry it (a regional regulation): GB/T 2260 prefix. */
  province?: string;
  /** Who the power is exercised on (实施对象). */
  target: string;
}

const OPERATOR = '网络运营者';
const CII = '关键信息基础设施运营者';
const PROVIDER = '互联网信息服务提供者';
const PUBLIC = '公民、法人和其他组织';

export const TEMPLATES: TemplateDef[] = [
  // 行政处罚 — 网络安全法 (2025 numbering).
  {
    id: 'csl-61-operator', type: '行政处罚', penalty: true, target: OPERATOR,
    names: ['对网络运营者不履行网络安全保护义务的处罚', '对不履行法定网络安全保护义务的处罚', '对网络运营者未履行网络安全等级保护义务的行政处罚'],
    subItems: ['未制定内部安全管理制度和操作规程的', '未采取防范计算机病毒和网络攻击等技术措施的', '未按照规定留存网络日志的', '未采取数据分类、重要数据备份和加密等措施的'],
    cites: [{ law: 'csl', article: 23 }, { law: 'csl', article: 61 }],
  },
  {
    id: 'csl-61-incident', type: '行政处罚', penalty: true, target: OPERATOR,
    names: ['对网络运营者未制定网络安全事件应急预案、未及时处置安全风险的处罚', '对未及时处置系统漏洞等安全风险的行政处罚'],
    cites: [{ law: 'csl', article: 27 }, { law: 'csl', article: 61 }],
  },
  {
    id: 'csl-61-cii', type: '行政处罚', penalty: true, target: CII,
    names: ['对关键信息基础设施的运营者不履行网络安全保护义务的处罚', '对关键信息基础设施运营者未履行安全保护义务的行政处罚'],
    subItems: ['未设置专门安全管理机构和安全管理负责人的', '未对重要系统和数据库进行容灾备份的', '未每年进行检测评估的'],
    cites: [{ law: 'csl', article: 36 }, { law: 'csl', article: 40 }, { law: 'csl', article: 61 }],
  },
  {
    id: 'csl-62', type: '行政处罚', penalty: true, target: '网络产品、服务的提供者',
    names: ['对设置恶意程序、未尽到安全保障义务、擅自终止安全维护的处罚', '对网络产品、服务的提供者设置恶意程序等行为的行政处罚'],
    subItems: ['设置恶意程序的', '对安全缺陷、漏洞等风险未立即采取补救措施的', '擅自终止为其产品、服务提供安全维护的'],
    cites: [{ law: 'csl', article: 24 }, { law: 'csl', article: 62 }],
  },
  {
    id: 'csl-62-software', type: '行政处罚', penalty: true, target: PUBLIC,
    names: ['对发送的电子信息、提供的应用软件设置恶意程序的处罚'],
    cites: [{ law: 'csl', article: 50, paragraph: 1 }, { law: 'csl', article: 62 }],
  },
  {
    id: 'csl-64', type: '行政处罚', penalty: true, target: OPERATOR,
    names: ['对未提供实名制身份信息的处罚', '对网络运营者未要求用户提供真实身份信息的处罚', '对网络运营者为不提供真实身份信息的用户提供相关服务的行政处罚'],
    cites: [{ law: 'csl', article: 26 }, { law: 'csl', article: 64 }],
  },
  {
    id: 'csl-65', type: '行政处罚', penalty: true, target: PUBLIC,
    names: ['对未按要求进行网络安全认证、检测、评估或泄露安全信息的处罚', '对违规开展网络安全认证、检测、风险评估活动的行政处罚', '对违规向社会发布网络安全信息的处罚'],
    cites: [{ law: 'csl', article: 28 }, { law: 'csl', article: 65 }],
  },
  {
    id: 'csl-67', type: '行政处罚', penalty: true, target: CII,
    names: ['对使用未经审查的网络产品或服务的处罚', '对关键信息基础设施运营者使用未经安全审查的网络产品或者服务的行政处罚'],
    cites: [{ law: 'csl', article: 37 }, { law: 'csl', article: 67 }],
  },
  {
    id: 'csl-69-49', type: '行政处罚', penalty: true, target: OPERATOR,
    names: [
      '对法律、行政法规禁止发布或者传输的信息未停止传输、采取消除等处置措施、保存有关记录的处罚',
      '对网络运营者未按规定处置违法信息的处罚',
      '对网络运营者对禁止发布或者传输的信息未停止传输的行政处罚',
    ],
    cites: [{ law: 'csl', article: 49 }, { law: 'csl', article: 69 }],
  },
  {
    id: 'csl-69-52', type: '行政处罚', penalty: true, target: OPERATOR,
    names: ['对网络运营者不按照有关部门的要求对禁止发布或者传输的信息采取停止传输、消除等处置措施的处罚', '对不配合网信部门处置违法信息的处罚'],
    cites: [{ law: 'csl', article: 52 }, { law: 'csl', article: 69 }],
  },
  {
    id: 'csl-69-50', type: '行政处罚', penalty: true, target: '电子信息发送服务提供者、应用软件下载服务提供者',
    names: ['对电子信息发送服务提供者不履行安全管理义务的处罚', '对应用软件下载服务提供者不履行安全管理义务的行政处罚'],
    cites: [{ law: 'csl', article: 50, paragraph: 2 }, { law: 'csl', article: 69 }],
  },
  {
    id: 'csl-70', type: '行政处罚', penalty: true, target: OPERATOR,
    names: ['对不配合监管部门监督检查的处罚', '对网络运营者拒绝、阻碍有关部门依法实施的监督检查的处罚'],
    subItems: ['拒绝、阻碍有关部门依法实施的监督检查的', '拒不向公安机关、国家安全机关提供技术支持和协助的'],
    cites: [{ law: 'csl', article: 51 }, { law: 'csl', article: 70 }],
  },
  // 行政处罚 — 互联网信息服务管理办法, 新疆维吾尔自治区信息化促进条例.
  {
    id: 'iism-20', type: '行政处罚', target: PROVIDER,
    names: ['对制作、复制、发布、传播非法信息的行政处罚', '对互联网信息服务提供者传播违法信息的处罚'],
    cites: [{ law: 'iism', article: 15 }, { law: 'iism', article: 20 }],
  },
  {
    id: 'xj-41', type: '行政处罚', penalty: true, province: '65', target: PUBLIC,
    names: [
      '对危害信息网络和系统安全的处罚',
      '对侵犯知识产权、商业秘密、个人隐私以及公民、法人或者其他组织的合法权益的行政处罚',
      '对提供、制作、发布或者传播虚假、有害信息的行政处罚',
      '对制作、散布淫秽、暴力、恐怖、教唆犯罪信息等行为的处罚',
    ],
    cites: [{ law: 'xj', article: 40 }, { law: 'xj', article: 41, paragraph: 2 }],
  },
  {
    id: 'xj-43', type: '行政处罚', penalty: true, province: '65', target: '网络运营和使用单位',
    names: ['对网络运营和使用单位不落实信息安全责任等行为的处罚'],
    cites: [{ law: 'xj', article: 34 }, { law: 'xj', article: 43 }],
  },
  // 行政检查.
  {
    id: 'csl-inspect', type: '行政检查', target: OPERATOR,
    names: ['网络信息安全监督检查', '对网络运营者履行网络信息安全义务情况的监督检查'],
    cites: [{ law: 'csl', article: 9 }, { law: 'csl', article: 52 }],
  },
  {
    id: 'csl-cii-inspect', type: '行政检查', target: CII,
    names: ['关键信息基础设施安全检查', '对关键信息基础设施的安全风险进行抽查检测'],
    cites: [{ law: 'csl', article: 9 }, { law: 'csl', article: 41 }],
  },
  {
    id: 'iism-inspect', type: '行政检查', target: PROVIDER,
    names: ['对互联网信息服务活动的监督检查', '互联网信息内容监督检查'],
    cites: [{ law: 'iism', article: 18 }, { law: 'csl', article: 9 }],
  },
  {
    id: 'hero-inspect', type: '行政检查', target: OPERATOR,
    names: ['对侵害英雄烈士名誉、荣誉的网络信息的监督检查'],
    cites: [{ law: 'hero', article: 23 }, { law: 'csl', article: 52 }],
  },
  {
    id: 'punish-inspect', type: '行政检查', target: PUBLIC,
    names: ['对涉嫌违反网络安全法律法规行为的调查检查', '网络执法检查'],
    cites: [{ law: 'csl', article: 9 }, { law: 'punish', article: 54 }, { law: 'punish', article: 55 }],
  },
  {
    id: 'xj-inspect', type: '行政检查', province: '65', target: '网络与信息系统的运营和使用单位',
    names: ['对网络与信息系统运营、使用单位落实信息安全责任情况的监督检查'],
    cites: [{ law: 'xj', article: 34 }, { law: 'xj', article: 39 }],
  },
  // 公共服务.
  {
    id: 'csl-publicity', type: '公共服务', target: PUBLIC,
    names: ['开展网络安全宣传', '组织开展网络安全宣传教育'],
    cites: [{ law: 'csl', article: 21 }],
  },
  {
    id: 'csl-reports', type: '公共服务', target: PUBLIC,
    names: ['受理对危害网络安全的行为的举报', '网络安全违法行为举报受理'],
    cites: [{ law: 'csl', article: 15 }],
  },
  {
    id: 'hero-reports', type: '公共服务', target: PUBLIC,
    names: ['受理对互联网信息传播违法违规行为的举报', '受理侵害英雄烈士合法权益行为的举报'],
    cites: [{ law: 'hero', article: 24 }, { law: 'csl', article: 15 }],
  },
  // 其他行政权力 and 行政许可.
  {
    id: 'csl-incident', type: '其他行政权力', target: OPERATOR,
    names: ['网络安全事件应急处置', '对网络安全事件进行调查和评估'],
    cites: [{ law: 'csl', article: 57 }],
  },
  {
    id: 'punish-transfer', type: '其他行政权力', target: PUBLIC,
    names: ['涉嫌犯罪案件移送', '网络违法案件移送司法机关'],
    cites: [{ law: 'punish', article: 27 }],
  },
  {
    id: 'csl-talks', type: '其他行政权力', target: OPERATOR,
    names: ['对网络运营者的法定代表人或者主要负责人进行约谈', '网络安全约谈'],
    cites: [{ law: 'csl', article: 58 }],
  },
  {
    id: 'csl-warning', type: '其他行政权力', target: PUBLIC,
    names: ['发布网络安全风险预警', '网络安全风险预警和监测'],
    cites: [{ law: 'csl', article: 56 }],
  },
  {
    id: 'license-news', type: '行政许可', target: PROVIDER,
    names: ['互联网新闻信息服务许可初审转报', '互联网信息服务前置审核'],
    cites: [{ law: 'license', article: 29 }, { law: 'license', article: 32 }, { law: 'iism', article: 5 }],
  },
];

/** How often a list carries an item of each template, relative to the others. */
export function templateWeight(t: TemplateDef): number {
  return t.type === '行政处罚' ? 3 : t.type === '行政检查' ? 2 : 1;
}
