import type { Random } from "./random.ts";
import type { SampleCategory } from "./vocabulary.ts";
import { COMPANY_TRADES, COMPANY_WORDS, NAME_HEADS, NAME_TAILS } from "./vocabulary.ts";
import type { Status } from "../data/model.ts";

/** Texts of the sample: project names, contents, 形象进度 and 存在问题. All invented. */

export function placeName(rng: Random): string {
  return rng.pick(NAME_HEADS) + rng.pick(NAME_TAILS);
}

export function companyName(rng: Random): string {
  return `星湾${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_TRADES)}有限公司`;
}

const PRODUCTS = ["动力电池", "光伏组件", "储能电芯", "汽车线束", "电子元器件", "功能膜材料", "精密铸件", "预制菜", "医用敷料"];
const PARKS = ["智能制造产业园", "数字经济产业园", "新材料产业园", "生物医药产业园", "电子信息产业园", "冷链物流园"];

type Template = (rng: Random, place: string) => string;

const NAMES: Record<SampleCategory, readonly Template[]> = {
  产业: [
    (r, p) => `${p}年产${r.pick([5, 10, 20, 30, 50])}万件${r.pick(PRODUCTS)}项目`,
    (r, p) => `${p}${r.pick(PARKS)}（${r.pick(["一期", "二期"])}）`,
    (r) => `${r.pick(COMPANY_WORDS)}${r.pick(COMPANY_WORDS)}${r.pick(COMPANY_TRADES)}生产基地项目`,
    (r, p) => `${p}${r.pick(["标准厂房", "科创中心", "孵化器", "总部基地"])}项目`,
    (r) => `年产${r.pick([2, 5, 8, 12, 20])}万吨${r.pick(["新型建材", "高端纸品", "特种钢材", "环保涂料"])}项目`,
  ],
  基础设施: [
    (_, p) => `${p}大道快速化改造工程`,
    (r, p) => `${p}至${placeName(r)}公路改扩建工程`,
    (r, p) => `星湾港${p}作业区${r.int(3, 12)}号泊位工程`,
    (_, p) => `${p}综合客运枢纽`,
    (_, p) => `${p}水库扩容工程`,
    (_, p) => `${p}片区供水管网工程`,
    (r, p) => `城市轨道交通${r.int(1, 4)}号线${p}段`,
    (_, p) => `${p}220千伏输变电工程`,
  ],
  社会民生: [
    (r, p) => `星湾市第${r.pick(["二", "三", "四", "五"])}人民医院${p}院区`,
    (_, p) => `${p}中学新建工程`,
    (_, p) => `${p}实验小学扩建工程`,
    (_, p) => `${p}保障性租赁住房项目`,
    (_, p) => `${p}养老服务中心`,
    (r, p) => `${p}${r.pick(["体育中心", "图书馆", "文化艺术中心", "全民健身中心"])}`,
  ],
  生态环保: [
    (_, p) => `${p}河流域综合治理工程`,
    (_, p) => `${p}污水处理厂提标改造工程`,
    (_, p) => `${p}湿地公园`,
    (_, p) => `${p}生活垃圾焚烧发电项目`,
    (_, p) => `${p}矿山生态修复工程`,
  ],
  城市更新: [
    (_, p) => `${p}片区老旧小区改造`,
    (_, p) => `${p}历史文化街区保护利用工程`,
    (_, p) => `${p}城中村改造项目`,
    (_, p) => `${p}片区城市更新项目`,
  ],
};

const PHASES = ["（二期）", "（三期）", "（四期）"];

/** A project name not yet in `used` (which it adds to). */
export function projectName(rng: Random, category: SampleCategory, used: Set<string>): string {
  let name = rng.pick(NAMES[category])(rng, placeName(rng));
  for (let i = 0; used.has(name); i++) {
    const base = name.replace(/（[一二三四]期）$/, "");
    name = i < PHASES.length ? base + PHASES[i]! : `${base}${i}`;
  }
  used.add(name);
  return name;
}

const CONTENTS: Record<SampleCategory, readonly Template[]> = {
  产业: [
    (r) => `总用地面积约${r.int(30, 400)}亩，新建生产厂房、研发楼及配套设施，总建筑面积约${r.int(3, 30)}万平方米`,
    (r) => `新建生产线${r.int(2, 12)}条，购置生产及检测设备${r.int(50, 600)}台（套）`,
    (r) => `建设标准厂房${r.int(4, 20)}栋, 配套建设仓储、办公及"智慧园区"管理平台`,
  ],
  基础设施: [
    (r) => `道路全长约${r.int(2, 30)}.${r.int(1, 9)}公里，双向${r.pick(["四", "六", "八"])}车道，设计速度${r.pick([40, 60, 80])}公里/小时`,
    (r) => `新建泊位${r.int(1, 4)}个，年设计通过能力${r.int(100, 900)}万吨`,
    (r) => `新建管网约${r.int(10, 120)}公里，泵站${r.int(1, 6)}座`,
    (r) => `新建变电站1座, 主变容量${r.int(2, 3)}×180兆伏安，线路约${r.int(5, 40)}公里`,
  ],
  社会民生: [
    (r) => `总建筑面积约${r.int(2, 15)}万平方米，设置床位${r.int(300, 1500)}张`,
    (r) => `新建教学楼、实验楼、风雨操场等，办学规模${r.int(24, 72)}个班`,
    (r) => `建设保障性租赁住房${r.int(300, 3000)}套及配套设施`,
  ],
  生态环保: [
    (r) => `综合治理河道约${r.int(5, 60)}公里，建设生态护岸、截污管网及滨水步道`,
    (r) => `处理规模由${r.int(2, 8)}万吨/日提升至${r.int(9, 20)}万吨/日，出水执行一级A标准`,
    (r) => `修复面积约${r.int(200, 3000)}亩，建设湿地净化区和科普设施`,
  ],
  城市更新: [
    (r) => `改造老旧小区${r.int(5, 40)}个，涉及${r.int(1000, 9000)}户，包括管网改造、加装电梯、停车设施等`,
    (r) => `片区占地约${r.int(50, 600)}亩，实施房屋征收、风貌整治和公共空间提升`,
  ],
};

export function projectContent(rng: Random, category: SampleCategory): string {
  return rng.pick(CONTENTS[category])(rng, "");
}

/** 形象进度 for a status and the share of the total investment completed (0–1). */
export function progressText(status: Status, share: number, variant: number): string {
  const pct = Math.round(share * 100);
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
        return [
          `主体结构施工至第${Math.max(2, Math.round(pct / 4))}层`,
          `1.完成桩基工程；\n2.主体结构施工中，累计完成工程量约${pct}%`,
          `路基工程完成约${pct}%，正在进行桥梁下部结构施工`,
        ][variant % 3]!;
      return [
        "主体结构已封顶，正在进行装饰装修和设备安装",
        `1.主体工程基本完成；\n2.正在进行附属工程施工；\n3.累计完成工程量约${pct}%`,
        "设备安装调试中",
      ][variant % 3]!;
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
