import { FIELDS, type Field } from "../common/fields.ts";

export { FIELDS, type Field };

export const AMOUNT_FIELDS = [
  "totalInvestment",
  "annualPlan",
  "ytdCompleted",
  "ytdPlanned",
  "cumulativeCompleted",
  "monthCompleted",
] as const satisfies readonly Field[];
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/** Columns without which a table cannot be used. */
export const REQUIRED_FIELDS = ["name", "district", "annualPlan", "ytdCompleted"] as const satisfies readonly Field[];

/** Fields whose cells must hold a usable value on every project row. */
export const NEEDED_CELLS = ["name", "district", "annualPlan", "ytdCompleted"] as const satisfies readonly Field[];

/**
 * The built-in header aliases of the fields a snapshot column can map to (SPEC §3.2).
 * A header label is normalised (see `normaliseLabel`) and tested against each field's
 * patterns in this order; the first match wins, so the more specific patterns come first
 * (年度累计完成投资 is year-to-date, 开工累计完成投资 is cumulative).
 */
export const ALIASES: ReadonlyArray<readonly [Field, RegExp]> = [
  ["serial", /^(序号|排序|No\.?|栏次)$/i],
  ["id", /^(项目)?(统一)?(编号|代码|编码|ID)$/i],
  ["ytdPercent", /(占|完成)(年度|年|全年|本年)?计划(投资)?(的)?(比例|比重|百分比|进度)?$|^(年度)?(投资)?完成(率|比例|进度)$|^占比$/],
  ["totalInvestment", /^(项目|计划|估算)?总投资(额|估算)?$/],
  ["cumulativeCompleted", /^(自?开工(以来)?|项目|总)?累计完成(投资|额|投资额)?$|^开工累计/],
  // The project's own schedule to date: 序时计划, 1-10月计划投资 (a plan with a month range, see aliasField).
  ["ytdPlanned", /^(序时(进度)?计划(投资|完成投资)?|(按)?序时(进度)?应完成(投资)?|应完成投资)$/],
  ["ytdCompleted", /^(年度|本年|今年|当年|全年|本年度|年)?(实际)?(累计)?完成(投资|额|金额|投资额)?$/],
  ["annualPlan", /^(年度|本年|全年|当年|年|本年度)?(计划(投资|完成投资|投资额|额)?|投资计划)$/],
  ["name", /^项目(名称|名)$|^工程(名称|项目)$|^项目$/],
  ["district", /^(所属|隶属|所在)?(县区|县市区|县\(市、区\)|县\(市\)区|县\(市区\)|区县|区域|县市|地区|乡镇|县区市|区)$|^建设地点$|^所在地$|^属地$/],
  ["category", /^(项目|产业)?(类别|类型|分类)$|^行业(分类|类别)?$|^领域$/],
  ["nature", /^(建设|项目)?(性质|阶段)$/],
  ["status", /^(项目|当前|开工|建设)(状态|情况)$|^状态$|^是否(开工|已开工|动工)$/],
  // 是否竣工 beside 是否开工: a 是 makes the status 已竣工.
  ["finished", /^是否(已)?(竣工|完工|建成|投产|竣工投产|建成投产)$/],
  ["content", /^(主要)?建设(内容|规模)(及|和|与)?(规模|内容)?$|^项目(内容|简介|概况)$/],
  ["period", /^建设(起止)?(年限|期限|周期)$|^计划工期$|^起止年限$|^建设起止时间$/],
  ["progressText", /形象进度|^(进展情况|工程进度|项目进展|进度情况|目前进展|当前进展|项目进展情况)$/],
  ["problems", /^(存在(的)?(主要)?(问题|困难)|问题|存在问题及建议|需协调解决的(问题|事项)|问题及困难)$/],
  ["owner", /^(业主单位|项目业主|建设单位|项目单位|实施主体|项目法人|业主)$/],
  ["leadDepartment", /^(责任单位|牵头单位|主管部门|责任部门|牵头部门|推进单位)$/],
  ["leader", /^(责任领导|包挂领导|挂钩领导|包抓领导|分管领导|联系领导)$/],
  ["privateInvestment", /^(是否)?(为)?民间投资(项目)?$|^民投$/],
  ["landArea", /^(用地|占地)(面积|规模)?$/],
  ["plannedStart", /^计划开工(时间|日期|年月)?$/],
  ["actualStart", /^(实际)?开工(时间|日期|年月)$|^实际开工(时间|日期|年月)?$/],
  ["plannedEnd", /^计划(竣工|完工)(时间|日期|年月)?$/],
  ["actualEnd", /^(实际)?(竣工|完工)(时间|日期|年月)$|^实际(竣工|完工)(时间|日期|年月)?$/],
  ["longitude", /^(经度|东经|longitude|lng|lon)$/i],
  ["latitude", /^(纬度|北纬|latitude|lat)$/i],
  ["remarks", /^(备注|说明)$/],
];
