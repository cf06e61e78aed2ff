/**
 * The site's words in Simplified Chinese, part 4: the monthly bulletin (通报) laid out for print.
 * The English (en.bulletin.ts) has the same keys.
 */
export const zhBulletin = {
  bulletin: {
    title: "通报",
    heading: (region: string, month: string) => `${region}重点项目建设进展通报（${month}）`,
    running: (region: string, month: string) => `${region}重点项目建设进展通报 · ${month}`,
    issued: (office: string, date: string) => `${office}　${date}`,
    draft: (office: string) => `${office}　（草稿，本期尚未发布）`,
    correction: (note: string) => `更正说明：${note}`,
    figuresHeading: "一、总体情况",
    boardHeading: "二、县区综合排名",
    leadersHeading: "三、一马当先榜",
    risersHeading: "四、奋起直追榜",
    departmentsHeading: "五、责任单位排名",
    warningsHeading: "六、项目预警",
    problemsHeading: "七、问题清单（按挂账时间排列）",
    notesHeading: "八、说明",
    figure: {
      completionRate: "年度投资完成率",
      timeProgress: "时序进度",
      gap: "与时序进度相比",
      ytd: "本年完成投资",
      plan: "年度计划投资",
      startRate: "开工率",
      finishRate: "竣工率",
      projects: "重点项目",
      warnings: "预警项目",
      problems: "未解决问题",
    },
    leadersDistricts: "领先县区",
    leadersProjects: "领先项目",
    noRisers: "本月没有名次上升的县区。",
    cut: (shown: string, all: string, where: string) => `以上列出${shown}条，共${all}条，全部见网站：${where}`,
    dataNote: (month: string, url: string) => `本通报数字均根据${month}重点项目调度表计算，完成率、时序进度等定义见网站“方法说明”。网页版：${url}`,
    printHint: "本页按 A4 纵向排版，可直接用浏览器打印或另存为 PDF。",
    pdf: "通报（PDF，A4）",
    link: "打印版通报",
  },
};
