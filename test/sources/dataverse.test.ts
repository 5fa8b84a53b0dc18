import { strict as assert } from "assert";
import { FetchError, fileUrl, filesListUrl, listDatasetFiles, parseFileList } from "../../lib/sources";
import { closedPort, inventedBytes, playDataverse } from "../support/dataverse-server";

describe("sources: a Dataverse dataset's files (native API)", () => {
  it("builds the native API's URLs (Dataverse API guide: files of a version; Data Access API)", () => {
    assert.equal(
      filesListUrl("https://dataverse.harvard.edu/", "10.7910/DVN/0TJX8Y"),
      "https://dataverse.harvard.edu/api/datasets/:persistentId/versions/:latest-published/files" +
        "?persistentId=doi:10.7910/DVN/0TJX8Y",
    );
    assert.equal(fileUrl("https://x.org", { id: 42, ingested: false }), "https://x.org/api/access/datafile/42");
    assert.equal(
      fileUrl("https://x.org", { id: 43, ingested: true }),
      "https://x.org/api/access/datafile/43?format=original",
    );
  });

  it("reads a file list: names, sizes and checksums; an ingested table by its original name and size", () => {
    const json = {
      status: "OK",
      data: [
        {
          label: "a.tgz",
          dataFile: { id: 1, filename: "a.tgz", filesize: 900, checksum: { type: "MD5", value: "ab" } },
        },
        {
          label: "b.tab",
          dataFile: {
            id: 2,
            filename: "b.tab",
            filesize: 50,
            originalFileName: "b.xlsx",
            originalFileSize: 70,
            md5: "cd",
          },
        },
      ],
    };
    assert.deepEqual(parseFileList(json, "u"), [
      { id: 1, name: "a.tgz", size: 900, checksum: { type: "MD5", value: "ab" }, ingested: false },
      { id: 2, name: "b.xlsx", size: 70, checksum: { type: "MD5", value: "cd" }, ingested: true },
    ]);
    assert.throws(() => parseFileList({ status: "ERROR" }, "u"), FetchError);
  });

  it("lists the files of a played Dataverse on 127.0.0.1, and says 'unreachable' when nothing answers", async () => {
    const dv = await playDataverse("10.0/X", [{ id: 5, name: "s.xlsx", bytes: inventedBytes(30), ingested: true }]);
    try {
      const files = await listDatasetFiles(dv.base, "10.0/X", { allowLocal: true });
      assert.deepEqual(
        files.map((f) => [f.id, f.name, f.size, f.ingested]),
        [[5, "s.xlsx", 30, true]],
      );
    } finally {
      await dv.close();
    }
    const port = await closedPort();
    await assert.rejects(
      listDatasetFiles(`http://127.0.0.1:${port}`, "10.0/X", { allowLocal: true }),
      (e: Error) => e instanceof FetchError && e.kind === "unreachable",
    );
  });
});
