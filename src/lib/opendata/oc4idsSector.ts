import type { SectorCode } from "./oc4idsSchema.ts";

/**
 * OC4IDS projectSector codes for a project, from its category and, when the category says
 * nothing specific, its name. Only codes of the 0.9 codelist; a sub-sector comes with its parent
 * (["transport", "transport.rail"]), as the standard asks. No code when nothing fits: the original
 * category is always published too, as an additional classification.
 *
 * Order of evidence:
 *  1. a specific category (交通, 教育, 水利 …);
 *  2. an industry category (产业, 工业, 农业 …) → economy: a battery factory is not energy infrastructure,
 *     whatever its name says;
 *  3. the name of a project in a broad category (基础设施, 社会民生, 生态环保, 城市更新): 泊位 → water transport,
 *     中学 → education, 污水处理厂 → water and waste …;
 *  4. an environmental category (生态环保) left unmatched → economy, whose codelist description is
 *     "agribusiness, agriculture, science and environment" (0.9 has no environment code).
 */

type Rule = readonly [RegExp, readonly SectorCode[]];

/** Assets specific enough to name a sector, in the category or in the name. Waste before energy (垃圾焚烧发电). */
const SPECIFIC: readonly Rule[] = [
  [/铁路|高铁|城际|动车/, ["transport", "transport.rail"]],
  [/机场|航空|航站/, ["transport", "transport.air"]],
  [/港口|港区|码头|泊位|航道|船闸|水运/, ["transport", "transport.water"]],
  [/地铁|轨道交通|轻轨|有轨电车|公交|城市交通/, ["transport", "transport.urban"]],
  [/公路|高速|国道|省道|道路|大道|快速路|桥梁|大桥|隧道|立交/, ["transport", "transport.road"]],
  [/交通|客运|枢纽/, ["transport"]],
  [/污水|供水|排水|水厂|管网|垃圾|固废|环卫|水务|水库|水利|防洪|灌区|河道|流域|引水|调水/, ["waterAndWaste"]],
  [/光伏|太阳能/, ["energy", "energy.solar"]],
  [/风电|风力发电/, ["energy", "energy.wind"]],
  [/水电站|抽水蓄能/, ["energy", "energy.hydropower"]],
  [/能源|电力|电网|输变电|变电站|发电|燃气|供热|热力|储能|充电/, ["energy"]],
  [/通信|5G|数据中心|算力|信息基础设施|新基建/, ["communications"]],
  [/教育|学校|中学|小学|幼儿园|大学|学院|职教|教学/, ["education"]],
  [/医疗|医院|卫生|疾控|养老|福利院|康养/, ["health"]],
  [/文化|旅游|文旅|体育|健身|公园|博物馆|图书馆|景区|艺术/, ["cultureSportsAndRecreation"]],
  [/保障房|保障性|安居|公租房|廉租房|人才公寓|安置房/, ["socialHousing"]],
  [/政务|行政中心|法院|检察|公安|消防|应急|监狱/, ["governance"]],
];

const INDUSTRY = /产业|工业|制造|农业|农村|乡村振兴|商贸|物流|科技|科创|服务业|招商/;
const ENVIRONMENT = /生态|环保|环境/;

function specific(text: string): SectorCode[] | null {
  for (const [pattern, codes] of SPECIFIC) if (pattern.test(text)) return [...codes];
  return null;
}

/** Sector codes of a project from its category and name (see above). */
export function sectorFor(category: string | null, name: string): SectorCode[] {
  const c = category ?? "";
  const byCategory = specific(c);
  const byName = specific(name);
  // A category that names only a sector (交通) takes the sub-sector its name gives (…铁路 → rail).
  if (byCategory && byName && byName[0] === byCategory[0] && byName.length > byCategory.length) return byName;
  return byCategory ?? (INDUSTRY.test(c) ? ["economy"] : null) ?? byName ?? (ENVIRONMENT.test(c) ? ["economy"] : []);
}
