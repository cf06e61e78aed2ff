export { createRandom, mulberry32, hashString, type Random } from "./random.ts";
export {
  generateProgramme,
  type GenerateProgrammeOptions,
  type SampleMonth,
  type SampleProgramme,
} from "./generateProgramme.ts";
export { sampleSiteYaml, type SampleSiteYamlOptions } from "./sampleSiteYaml.ts";
export { sampleNote } from "./sampleNote.ts";
export { sampleFileStyle, SAMPLE_NOTES } from "./sampleFileStyle.ts";
export * from "./vocabulary.ts";
export { sampleCorrection, dayOfNextMonth, type SampleCorrection } from "./sampleCorrection.ts";
export { samplePhotos, type SamplePhoto } from "./samplePhotos.ts";
