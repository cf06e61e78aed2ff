import type { Random } from "./random.ts";
import type { SampleCategory } from "./vocabulary.ts";
import { COMPANY_TRADES, COMPANY_WORDS, NAME_HEADS, NAME_TAILS } from "./vocabulary.ts";
import type { Status } from "../data/model.ts";

/** Texts of the sample: project names, contents, 形象进度 and 存在问题. All invented. */

export function placeName(rng: Random): string {
  return rng.pick(NAME_HEADS) + rng.pick(NAME_TAILS);
}

export function companyName(rng: Random): string {
  const [a, b] = rng.shuffle(COMPANY_WORDS);
  return `星湾${a}${b}${rng.pick(COMPANY_TRADES)}有限公司`;
}

const PRODUCTS = ["动力电池", "光伏组件", "储能电芯", "汽车线束", "电子元器件", "功能膜材料", "精密铸件", "预制菜", "医用敷料"];
const PARKS = ["智能制造产业园", "数字经济产业园", "新材料产业园", "生物医药产业园", "电子信息产业园", "冷链物流园"];

type Template = (rng: Random, place: string) => string;

/** A kind of project: how it is named and what its content says. */
interface ProjectType {
  name: Template;
  content: Template;
}

const FACTORY = (r: Random): string => `总用地面积约${r.int(30, 400)}亩，新建生产厂房、研发楼及配套设施，总建筑面积约${r.int(3, 30)}万平方米`;
const LINES = (r: Random): string => `新建生产线${r.int(2, 12)}条，购置生产及检测设备${r.int(50, 600)}台（套）`;
const PARK = (r: Random): string => `建设标准厂房${r.int(4, 20)}栋, 配套建设仓储、办公及"智慧园区"管理平台`;
const ROAD = (r: Random): string =>
  `道路全长约${r.int(2, 30)}.${r.int(1, 9)}公里，双向${r.pick(["四", "六", "八"])}车道，设计速度${r.pick([40, 60, 80])}公里/小时`;

const TYPES: Record<SampleCategory, readonly ProjectType[]> = {
  产业: [
    { name: (r, p) => `${p}年产${r.pick([5, 10, 20, 30, 50])}万件${r.pick(PRODUCTS)}项目`, content: LINES },
    { name: (r, p) => `${p}${r.pick(PARKS)}（${r.pick(["一期", "二期"])}）`, content: PARK },
    { name: (r) => `${r.pick(COMPANY_WORDS)}${r.pick(COMPANY_WORDS)}${r.pick(COMPANY_TRADES)}生产基地项目`, content: FACTORY },
    { name: (r, p) => `${p}${r.pick(["标准厂房", "科创中心", "孵化器", "总部基地"])}项目`, content: PARK },
    { name: (r) => `年产${r.pick([2, 5, 8, 12, 20])}万吨${r.pick(["新型建材", "高端纸品", "特种钢材", "环保涂料"])}项目`, content: FACTORY },
  ],
  基础设施: [
    { name: (_, p) => `${p}大道快速化改造工程`, content: ROAD },
    { name: (r, p) => `${p}至${placeName(r)}公路改扩建工程`, content: ROAD },
    { name: (r, p) => `星湾港${p}作业区${r.int(3, 12)}号泊位工程`, content: (r) => `新建泊位${r.int(1, 4)}个，年设计通过能力${r.int(100, 900)}万吨` },
    { name: (_, p) => `${p}综合客运枢纽`, content: (r) => `总建筑面积约${r.int(2, 9)}万平方米，建设长途客运站、公交首末站及停车场` },
    { name: (_, p) => `${p}水库扩容工程`, content: (r) => `新增库容约${r.int(200, 3000)}万立方米，配套建设引水隧洞和管理用房` },
    { name: (_, p) => `${p}片区供水管网工程`, content: (r) => `新建管网约${r.int(10, 120)}公里，泵站${r.int(1, 6)}座` },
    { name: (r, p) => `城市轨道交通${r.int(1, 4)}号线${p}段`, content: (r) => `线路长约${r.int(5, 25)}公里，设车站${r.int(4, 15)}座` },
    { name: (_, p) => `${p}220千伏输变电工程`, content: (r) => `新建变电站1座, 主变容量${r.int(2, 3)}×180兆伏安，线路约${r.int(5, 40)}公里` },
  ],
  社会民生: [
    { name: (r, p) => `星湾市第${r.pick(["二", "三", "四", "五"])}人民医院${p}院区`, content: (r) => `总建筑面积约${r.int(2, 15)}万平方米，设置床位${r.int(300, 1500)}张` },
    { name: (_, p) => `${p}中学新建工程`, content: (r) => `新建教学楼、实验楼、风雨操场等，办学规模${r.int(24, 72)}个班` },
    { name: (_, p) => `${p}实验小学扩建工程`, content: (r) => `扩建教学楼及食堂，新增学位${r.int(6, 30) * 90}个` },
    { name: (_, p) => `${p}保障性租赁住房项目`, content: (r) => `建设保障性租赁住房${r.int(300, 3000)}套及配套设施` },
    { name: (_, p) => `${p}养老服务中心`, content: (r) => `建筑面积约${r.int(8, 40)}千平方米，设置养老床位${r.int(100, 600)}张` },
    {
      name: (r, p) => `${p}${r.pick(["体育中心", "图书馆", "文化艺术中心", "全民健身中心"])}`,
      content: (r) => `总建筑面积约${r.int(1, 8)}万平方米，建设场馆主体及室外配套工程`,
    },
  ],
  生态环保: [
    { name: (_, p) => `${p}河流域综合治理工程`, content: (r) => `综合治理河道约${r.int(5, 60)}公里，建设生态护岸、截污管网及滨水步道` },
    {
      name: (_, p) => `${p}污水处理厂提标改造工程`,
      content: (r) => `处理规模由${r.int(2, 8)}万吨/日提升至${r.int(9, 20)}万吨/日，出水执行一级A标准`,
    },
    { name: (_, p) => `${p}湿地公园`, content: (r) => `修复面积约${r.int(200, 3000)}亩，建设湿地净化区和科普设施` },
    { name: (_, p) => `${p}生活垃圾焚烧发电项目`, content: (r) => `日处理生活垃圾${r.int(5, 20) * 100}吨，配套建设${r.int(1, 3)}台焚烧炉` },
    { name: (_, p) => `${p}矿山生态修复工程`, content: (r) => `修复废弃矿山${r.int(3, 20)}处，治理面积约${r.int(200, 2000)}亩` },
  ],
  城市更新: [
    {
      name: (_, p) => `${p}片区老旧小区改造`,
      content: (r) => `改造老旧小区${r.int(5, 40)}个，涉及${r.int(1000, 9000)}户，包括管网改造、加装电梯、停车设施等`,
    },
    { name: (_, p) => `${p}历史文化街区保护利用工程`, content: (r) => `保护修缮历史建筑${r.int(10, 80)}处，提升街巷约${r.int(2, 9)}公里` },
    { name: (_, p) => `${p}城中村改造项目`, content: (r) => `片区占地约${r.int(50, 600)}亩，实施房屋征收、安置房建设和配套设施提升` },
    { name: (_, p) => `${p}片区城市更新项目`, content: (r) => `片区占地约${r.int(50, 600)}亩，实施风貌整治和公共空间提升` },
  ],
};

const PHASES = ["（二期）", "（三期）", "（四期）"];

/** A project's name (not yet in `used`, which it adds to) and its 建设内容及规模. */
export function projectNameAndContent(rng: Random, category: SampleCategory, used: Set<string>): { name: string; content: string } {
  const type = rng.pick(TYPES[category]);
  let name = type.name(rng, placeName(rng));
  for (let i = 0; used.has(name); i++) {
    const base = name.replace(/（[一二三四]期）$/, "");
    name = i < PHASES.length ? base + PHASES[i]! : `${base}${i}`;
  }
  used.add(name);
  return { name, content: type.content(rng, "") };
}

/** 形象进度 for a status and the share of the total investment completed (0–1). */
export function progressText(status: Status, share: number, variant: number, category: SampleCategory = "产业"): string {
  const pct = Math.round(share * 100);
  const linear = category === "基础设施" || category === "生态环保";
  switch (status) {
    case "not-started":
      return [
        "正在办理用地报批手续",
        "已完成可研批复，正在开展初步设计",
        "施工图设计已完成，正在办理施工许可",
        "正在开展招标前期工作",
      ][variant % 4]!;
    case "completed":
      return ["已竣工验收，投入使用", "已完成竣工验收备案", "主体工程完工，已投产运营"][variant % 3]!;
    case "suspended":
      return [`已完成总工程量的${pct}%，目前暂停施工`, "受资金影响停工，正在协调复工"][variant % 2]!;
    case "under-construction":
      if (pct < 20) return ["完成场地平整和临时设施建设，正在进行桩基施工", "正在进行基础施工"][variant % 2]!;
      if (pct < 60)
        return linear
          ? [`完成工程量约${pct}%，正在进行主体工程施工`, `1.完成施工便道和临时设施；\n2.主体工程完成约${pct}%`][variant % 2]!
          : [`主体结构施工至第${Math.max(2, Math.round(pct / 4))}层`, `1.完成桩基工程；\n2.主体结构施工中，累计完成工程量约${pct}%`][variant % 2]!;
      return linear
        ? [`主体工程完成约${pct}%，正在进行附属工程施工`, `1.主体工程基本完成；\n2.正在进行附属工程施工；\n3.累计完成工程量约${pct}%`][variant % 2]!
        : ["主体结构已封顶，正在进行装饰装修和设备安装", `1.主体工程基本完成；\n2.正在进行附属工程施工；\n3.累计完成工程量约${pct}%`, "设备安装调试中"][variant % 3]!;
  }
}

/** 存在问题 by the reason a project is behind. */
export const PROBLEMS = {
  lateStart: ["用地手续尚未办结", "征地拆迁工作进展缓慢，影响开工", "施工图审查未通过，需修改完善", "环评手续正在办理"],
  stall: ["资金到位不足，施工进度放缓", "受雨季影响施工进度滞后", "原材料价格上涨，施工单位推进意愿不强"],
  suspended: ["资金链紧张，项目暂停施工", "设计方案调整，需重新报批", "涉及信访问题，暂缓施工"],
  general: [
    "1.资金缺口较大；\n2.需协调申报专项债券",
    "电力配套工程滞后",
    "部分管线迁改尚未完成",
    "用工短缺",
  ],
} as const;
