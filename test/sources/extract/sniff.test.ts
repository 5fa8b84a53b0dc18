import { strict as assert } from "assert";
import { decodeHtml, sniff } from "../../../lib/sources/extract";

describe("extract: content sniffing and decoding", () => {
  it("recognises PDFs by magic and HTML by type or markup", () => {
    assert.equal(sniff(Buffer.from("%PDF-1.7\n..."), "application/octet-stream"), "pdf");
    assert.equal(sniff(Buffer.from("<html><body>x</body></html>"), "application/pdf"), "other");
    assert.equal(sniff(Buffer.from("<!DOCTYPE html><p>x"), ""), "html");
    assert.equal(sniff(Buffer.from("GIF89a"), "image/gif"), "other");
  });
  it("decodes GBK pages by header or meta charset", () => {
    const gbk = Buffer.from([0xd6, 0xd0, 0xb9, 0xfa]); // 中国
    assert.equal(decodeHtml(gbk, "text/html; charset=GBK"), "中国");
    assert.equal(
      decodeHtml(Buffer.concat([Buffer.from('<meta charset="gb2312">'), gbk]), "text/html"),
      '<meta charset="gb2312">中国',
    );
  });
});
