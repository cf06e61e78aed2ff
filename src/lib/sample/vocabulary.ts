/**
 * The fictional city of the sample programme: 星湾市 and its districts, people, offices and
 * companies. Every name here is invented for the sample and refers to no real place or person.
 */
export const SAMPLE_REGION = "星湾市";

/** Project id prefix (XW2026-001). */
export const SAMPLE_ID_PREFIX = "XW";

/** Districts, counties and development zones, in display order. */
export const SAMPLE_DISTRICTS = [
  "望潮区",
  "汀岚区",
  "鹭屿区",
  "青枫县",
  "溪禾县",
  "云麓县",
  "星湾高新区",
  "湾北经开区",
] as const;

export const SAMPLE_CATEGORIES = ["产业", "基础设施", "社会民生", "生态环保", "城市更新"] as const;
export type SampleCategory = (typeof SAMPLE_CATEGORIES)[number];

/** Share of projects in each category. */
export const CATEGORY_WEIGHTS: ReadonlyArray<readonly [SampleCategory, number]> = [
  ["产业", 38],
  ["基础设施", 24],
  ["社会民生", 15],
  ["生态环保", 11],
  ["城市更新", 12],
];

/** Total investment range by category, 万元 (log-uniform). */
export const TOTAL_RANGE: Record<SampleCategory, readonly [number, number]> = {
  产业: [1500, 120000],
  基础设施: [4000, 260000],
  社会民生: [1200, 50000],
  生态环保: [1200, 70000],
  城市更新: [1200, 50000],
};

/** Responsible city leaders (责任领导), fictional. */
export const SAMPLE_LEADERS = ["顾临川", "沈望舒", "陆知秋", "许怀瑾", "叶听澜", "苏砚清"] as const;

/** Lead departments (责任单位) by category. */
export const DEPARTMENTS: Record<SampleCategory, readonly string[]> = {
  产业: ["市发改委", "市工信局", "市商务局", "市科技局"],
  基础设施: ["市交通运输局", "市住建局", "市水利局", "市发改委"],
  社会民生: ["市教育局", "市卫健委", "市民政局", "市住建局", "市文广旅局"],
  生态环保: ["市生态环境局", "市水利局", "市城管局", "市林业局"],
  城市更新: ["市住建局", "市自然资源和规划局", "市城管局"],
};

/** State-owned owners (业主单位) by category. */
export const STATE_OWNERS: Record<SampleCategory, readonly string[]> = {
  产业: ["星湾产业投资集团有限公司", "星湾科创发展有限公司"],
  基础设施: ["星湾交通投资集团有限公司", "星湾城市建设投资集团有限公司", "星湾水务集团有限公司", "星湾港务集团有限公司"],
  社会民生: ["星湾城市建设投资集团有限公司", "星湾安居集团有限公司", "星湾文旅发展有限公司"],
  生态环保: ["星湾水务集团有限公司", "星湾生态环境发展有限公司"],
  城市更新: ["星湾城市更新有限公司", "星湾安居集团有限公司"],
};

/** Syllables for fictional place and company names. */
export const NAME_HEADS = ["澜", "汀", "鹭", "枫", "禾", "麓", "屿", "潮", "岚", "棠", "梧", "霁", "泊", "芷", "蘅", "萦"] as const;
export const NAME_TAILS = ["湖", "桥", "塘", "洲", "坪", "岗", "湾", "川", "苑", "溪", "林", "滨"] as const;

/** Private company name parts. */
export const COMPANY_WORDS = ["芯", "科", "能", "材", "智", "研", "驰", "晟", "睿", "博", "锦", "恒"] as const;
export const COMPANY_TRADES = [
  "新能源科技",
  "半导体",
  "新材料",
  "智能装备",
  "生物医药",
  "汽车零部件",
  "电子信息",
  "食品",
  "纺织科技",
  "数字科技",
  "冷链物流",
] as const;

export const SAMPLE_PUBLISHER = "星湾市重点项目建设领导小组办公室";
