/**
 * The fields a snapshot column can map to, with the built-in header aliases (SPEC §3.2).
 * A header label is normalised (see `normaliseLabel`) and tested against each field's
 * patterns in this order; the first match wins, so the more specific patterns come first
 * (年度累计完成投资 is year-to-date, 开工累计完成投资 is cumulative).
 */
export const FIELDS = [
  "serial",
  "id",
  "name",
  "district",
  "category",
  "nature",
  "status",
  "content",
  "period",
  "totalInvestment",
  "annualPlan",
  "ytdCompleted",
  "ytdPercent",
  "cumulativeCompleted",
  "monthCompleted",
  "progressText",
  "problems",
  "owner",
  "leadDepartment",
  "leader",
  "privateInvestment",
  "landArea",
  "plannedStart",
  "actualStart",
  "plannedEnd",
  "actualEnd",
  "longitude",
  "latitude",
  "remarks",
] as const;
export type Field = (typeof FIELDS)[number];

export const AMOUNT_FIELDS = [
  "totalInvestment",
  "annualPlan",
  "ytdCompleted",
  "cumulativeCompleted",
  "monthCompleted",
] as const satisfies readonly Field[];
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/** Columns without which a table cannot be used. */
export const REQUIRED_FIELDS = ["name", "district", "annualPlan", "ytdCompleted"] as const satisfies readonly Field[];

/** Fields whose cells must hold a usable value on every project row. */
export const NEEDED_CELLS = ["name", "district", "annualPlan", "ytdCompleted"] as const satisfies readonly Field[];

/** Ordered alias patterns, tested against the normalised label (no spaces, half-width, unit removed). */
export const ALIASES: ReadonlyArray<readonly [Field, RegExp]> = [
  ["serial", /^(序号|编号序|排序|No\.?)$/i],
  ["id", /^(项目)?(编号|代码|编码|ID)$|^项目(统一)?(代码|编号|编码)$/i],
  ["ytdPercent", /(占|完成)(年度|年|全年)?计划(的)?(比例|比重|%|百分比)?$|^完成(率|比例)|^(年度)?投资完成率/],
  ["ytdCompleted", /^(年度累计|本年累计|本年|今年|年度|当年|\d{4}年)?(1|一)?[-~—至到]?\d{0,2}月?(份)?(累计)?完成(投资|额|金额)?$|^截至\d{1,2}月(底|末)?(累计)?完成(投资)?$|^年度累计完成(投资)?$|^本年完成(投资)?$/],
  ["cumulativeCompleted", /^(自?开工(以来)?|项目)?累计完成(投资)?$|^开工累计/],
  ["monthCompleted", /^(当月|本月)完成(投资)?$|^\d{1,2}月(当月|份)完成(投资)?$/],
  ["annualPlan", /^(\d{4}年|年度|年|本年|全年|当年)(度)?(计划)?(投资)?计划(投资|额)?$|^(\d{4}年|年度|本年|全年|当年)计划(完成)?投资$|^年计划投资$/],
  ["totalInvestment", /^(项目|计划)?总投资(额)?$|^估算总投资$|^总投资估算$/],
  ["name", /^项目(名称|名)$|^工程(名称|项目)$|^项目$/],
  ["district", /^(所属|隶属)?(县区|县市区|县\(市、区\)|县\(市区\)|区县|区域|县市|地区|乡镇)$|^建设地点$|^所在(地|区县|县区)$|^属地$/],
  ["category", /^项目(类别|类型|分类)$|^行业(分类|类别)?$|^领域$|^类别$|^产业类别$/],
  ["nature", /^(建设|项目)(性质|阶段|类型)$|^性质$/],
  ["status", /^(项目|当前|开工|建设)(状态|情况)$|^状态$|^是否开工$/],
  ["content", /^(主要)?建设(内容|规模)(及|和|与)?(规模|内容)?$|^项目(内容|简介|概况)$/],
  ["period", /^建设(起止)?(年限|期限|周期)$|^计划工期$|^起止年限$|^建设起止时间$/],
  ["progressText", /^(形象进度|进展情况|工程进度|项目进展|进度情况|目前进展|当前进展|(截至|截止)?.*形象进度.*)$/],
  ["problems", /^(存在(的)?(问题|困难)|问题|存在问题及建议|需协调解决的问题|问题及困难)$/],
  ["owner", /^(业主单位|项目业主|建设单位|项目单位|实施主体|项目法人)$/],
  ["leadDepartment", /^(责任单位|牵头单位|主管部门|责任部门|牵头部门|推进单位)$/],
  ["leader", /^(责任领导|包挂领导|挂钩领导|包抓领导|分管领导|联系领导)$/],
  ["privateInvestment", /^(是否)?民间投资(项目)?$|^民投$/],
  ["landArea", /^(用地面积|占地面积|用地规模|用地)(\(亩\))?$/],
  ["plannedStart", /^计划开工(时间|日期|年月)?$/],
  ["actualStart", /^(实际)?开工(时间|日期|年月)$|^实际开工(时间|日期|年月)?$/],
  ["plannedEnd", /^计划(竣工|完工)(时间|日期|年月)?$/],
  ["actualEnd", /^(实际)?(竣工|完工)(时间|日期|年月)$|^实际(竣工|完工)(时间|日期|年月)?$/],
  ["longitude", /^(经度|东经|longitude|lng|lon)$/i],
  ["latitude", /^(纬度|北纬|latitude|lat)$/i],
  ["remarks", /^(备注|说明)$/],
];
