// A worker module that fails as it starts, as the open-data worker would if its loader could not
// be registered (test/build/openDataWriter.test.ts).
throw new Error("this worker cannot start");
