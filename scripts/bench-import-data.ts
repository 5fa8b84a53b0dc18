/**
 * Writes datasets of the real size for `npm run bench:import`, in each dataset's exact layout (the
 * tests' column lists and line writers), with invented words drawn by a seeded generator: the same
 * options give the same bytes. Kosovo meetings are about 1.3% of meetings (the Council's Kosovo item),
 * China speaks at most meetings after 1971, and a few other speeches name Kosovo in passing.
 */
import * as fs from "fs";
import * as path from "path";
import * as XLSX from "xlsx";
import { projectRoot } from "../lib/core";
import {
  KOSOVO_AGENDA_TEXT,
  MEETINGS_COLUMNS,
  META_COLUMNS,
  PRESSCON_COLUMNS,
  SPEAKER_COLUMNS,
  SPEECHES_COLUMNS,
  bareLine,
  excelSerial,
  longDate,
  quotedLine,
} from "../test/corpus/datasets/fixtures";

/** A small fast seeded generator (xorshift32): numbers in [0, 1). */
export function generator(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const VOCABULARY = (
  "the of and to in a that is for on with as by this it be are we council our support process " +
  "dialogue parties region mission report security peace stability sovereignty territorial integrity " +
  "resolution mandate cooperation development situation efforts international community members welcome " +
  "invented delegation remarks calls progress implementation agreement political humanitarian assistance " +
  "continue important attention concern commitment framework talks institutions rights people future"
).split(" ");

/** Invented paragraphs, made once: speeches are assembled from them (fast, and the same every run). */
function paragraphPool(rand: () => number, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const words: string[] = [];
    const len = 40 + Math.floor(rand() * 80);
    for (let w = 0; w < len; w++) words.push(VOCABULARY[Math.floor(rand() * VOCABULARY.length)]);
    if (i % 9 === 0) words.splice(5, 0, '"invented phrase"');
    out.push(`${words.join(" ").replace(/^\w/, (c) => c.toUpperCase())}.`);
  }
  return out;
}

/** What a generated dataset is: its folder or file, its speeches and its bytes. */
export interface Generated {
  path: string;
  files: string[];
  speeches: number;
  bytes: number;
}

/** One meeting of a generated Council dataset. */
interface Meeting {
  num: number;
  date: string;
  kosovo: boolean;
  speeches: number;
}

/** The study's Security Council slots with a meeting symbol: [date, number] (facts of the slots file). */
function slotMeetings(): Array<[string, number]> {
  const csv = fs.readFileSync(path.join(projectRoot(), "data", "corpora", "china-kosovo.slots.csv"), "utf8");
  return [...csv.matchAll(/^unsc-[^,]*,(\d{4}-\d{2}-\d{2}),unsc,.*?,S\/PV\.(\d+),/gm)].map((m) => [m[1], Number(m[2])]);
}

function meetings(speeches: number, rand: () => number): Meeting[] {
  const n = Math.round(speeches / 16.5);
  const out: Meeting[] = [];
  const slots = slotMeetings();
  let left = speeches;
  for (let i = 0; i < n; i++) {
    const day = Math.floor((i / n) * 28700); // 1946 → 2024
    const date = new Date(Date.UTC(1946, 0, 17) + day * 86400000).toISOString().slice(0, 10);
    const want = 1000 + i === 5225 ? 36 : 6 + Math.floor(rand() * 21); // S/PV.5225: 36 speeches (split rows)
    const k = i === n - 1 ? left : Math.max(1, Math.min(left - (n - i - 1), want));
    left -= k;
    out.push({ num: 1000 + i, date, kosovo: date >= "1998-03-31" && date < "2008-01-01" && i % 77 === 0, speeches: k });
  }
  // the study's Kosovo meetings at their dates and symbols, in place of the meeting nearest each
  for (const [date, num] of slots) {
    const i = out.findIndex((m) => m.date >= date);
    if (i >= 0) Object.assign(out[i], { date, num, kosovo: true });
  }
  return out;
}

/** A speech text of about `size` characters; Kosovo named when `kosovo`. */
function speechText(pool: string[], rand: () => number, size: number, kosovo: boolean): string {
  const parts: string[] = [];
  let len = 0;
  while (len < size) {
    const p = pool[Math.floor(rand() * pool.length)];
    parts.push(p);
    len += p.length + 1;
  }
  if (kosovo) parts.splice(1, 0, "The invented delegation speaks on Kosovo and on resolution 1244 (1999).");
  return parts.join("\n");
}

const CHINA_FROM = "1971-11-15";
const OTHERS = ["Russian Federation", "United States", "United Kingdom", "France", "Serbia", "Brazil", "Japan"];

/** Speakers of one meeting: China (when it speaks) and others. */
function speakersOf(m: Meeting, rand: () => number): string[] {
  const china = m.date >= CHINA_FROM && (m.kosovo || rand() < 0.6);
  const out = Array.from({ length: m.speeches }, (_, i) => OTHERS[(m.num + i) % OTHERS.length]);
  if (china) out[Math.floor(rand() * out.length)] = "China";
  return out;
}

/** Writes UNSC Meetings and Speeches (`meetings.tsv`, `speeches.tsv`) of `speeches` speeches, about `mb` MB. */
export function writeSpeechesDataset(dir: string, speeches: number, mb: number, seed = 1): Generated {
  const rand = generator(seed);
  const pool = paragraphPool(rand, 4000);
  fs.mkdirSync(dir, { recursive: true });
  const ms = meetings(speeches, rand);
  const size = Math.round((mb * 1e6) / speeches) - 260;
  const mfd = fs.openSync(path.join(dir, "meetings.tsv"), "w");
  const sfd = fs.openSync(path.join(dir, "speeches.tsv"), "w");
  fs.writeSync(mfd, `${MEETINGS_COLUMNS.join("\t")}\n`);
  fs.writeSync(sfd, `${SPEECHES_COLUMNS.join("\t")}\n`);
  let batch: string[] = [];
  for (const m of ms) {
    const [y, mo, d] = m.date.split("-").map(Number);
    const rid = `SC${String(m.num).padStart(5, "0")}-01`;
    const topic = m.kosovo ? "Kosovo" : "Invented item";
    const agenda = m.kosovo ? KOSOVO_AGENDA_TEXT : `Invented agenda ${m.num % 97}`;
    const base = { record_id: rid, year: String(y), month: String(mo), day: String(d), topic, agenda };
    fs.writeSync(mfd, quotedLine(MEETINGS_COLUMNS, { ...base, meeting_num: String(m.num), record: `S/PV.${m.num}` }));
    speakersOf(m, rand).forEach((aff, i) => {
      const passing = !m.kosovo && rand() < 0.01;
      const text = speechText(pool, rand, size, m.kosovo || passing);
      batch.push(
        quotedLine(SPEECHES_COLUMNS, {
          ...base,
          speech_id: `${rid}-${String(i + 1).padStart(3, "0")}`,
          doc_name: `S/PV.${m.num}`,
          meeting_num: String(m.num),
          order: String(i + 1),
          speaker: "Mr. Invented Speaker",
          affiliation: aff,
          president: "False",
          procedural: "False",
          speech: text,
          affiliation_cow: aff,
          cow_ccode: aff === "China" ? "710.0" : "2.0",
        }),
      );
      if (batch.length >= 2000) {
        fs.writeSync(sfd, batch.join(""));
        batch = [];
      }
    });
  }
  fs.writeSync(sfd, batch.join(""));
  fs.closeSync(mfd);
  fs.closeSync(sfd);
  return summary(dir, ["meetings.tsv", "speeches.tsv"], speeches);
}

function summary(dir: string, files: string[], speeches: number): Generated {
  const full = files.map((f) => path.join(dir, f));
  return { path: dir, files: full, speeches, bytes: full.reduce((s, f) => s + fs.statSync(f).size, 0) };
}

/** A ustar header for a regular file (or, with `dir`, a folder). */
function tarHeader(name: string, size: number, dir = false): Buffer {
  const h = Buffer.alloc(512);
  const put = (s: string, at: number, len: number) => h.write(s, at, len, "latin1");
  put(name, 0, 100);
  put(dir ? "0000755\0" : "0000644\0", 100, 8);
  put("0000000\0", 108, 8);
  put("0000000\0", 116, 8);
  put(`${size.toString(8).padStart(11, "0")}\0`, 124, 12);
  put(`${(1700000000).toString(8).padStart(11, "0")}\0`, 136, 12);
  put("        ", 148, 8);
  put(dir ? "5" : "0", 156, 1);
  put("ustar\0", 257, 6);
  put("00", 263, 2);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += h[i];
  put(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8);
  return h;
}

/**
 * Writes The UN Security Council Debates (`meta.tsv`, `speaker.tsv` without quoting, 36 rows of
 * S/PV.5225 split over two lines, and `speeches.tar` of CRLF texts) of `speeches` speeches, about `mb` MB.
 */
export function writeDebatesDataset(dir: string, speeches: number, mb: number, seed = 2): Generated {
  const rand = generator(seed);
  const pool = paragraphPool(rand, 4000);
  fs.mkdirSync(dir, { recursive: true });
  const ms = meetings(speeches, rand);
  const size = Math.max(200, Math.round((mb * 1e6) / speeches) - 1000);
  const tfd = fs.openSync(path.join(dir, "speeches.tar"), "w");
  const kfd = fs.openSync(path.join(dir, "speaker.tsv"), "w");
  const mfd = fs.openSync(path.join(dir, "meta.tsv"), "w");
  fs.writeSync(kfd, `${SPEAKER_COLUMNS.join("\t")}\n`);
  fs.writeSync(mfd, `${META_COLUMNS.join("\t")}\n`);
  fs.writeSync(tfd, tarHeader("speeches/", 0, true));
  let row = 0;
  let split = 0;
  for (const m of ms) {
    const num = m.num;
    const [y, mo, d] = m.date.split("-");
    const base = `UNSC_${y}_SPV.${num}`;
    const topic = m.kosovo ? KOSOVO_AGENDA_TEXT : `Invented item ${m.num % 97} on the "situation"`;
    const date = longDate(m.date);
    const meta = { basename: base, date, topic, year: y, month: String(Number(mo)), day: String(Number(d)) };
    fs.writeSync(mfd, bareLine(META_COLUMNS, { ...meta, "": String(m.num), spv: `S/PV.${num}` }));
    let lines = "";
    const chunks: Buffer[] = [];
    speakersOf(m, rand).forEach((country, i) => {
      const file = `${base}_spch${String(i + 1).padStart(4, "0")}.txt`;
      const text = speechText(pool, rand, size, m.kosovo || rand() < 0.01);
      const body = `Mr. Invented Speaker (${country}): ${text}`;
      const bytes = Buffer.from(`${body.replace(/\n/g, "\r\n")}\r\n`);
      chunks.push(tarHeader(`speeches/${file}`, bytes.length), bytes, Buffer.alloc((512 - (bytes.length % 512)) % 512));
      const splitRow = m.num === 5225 && split < 36;
      if (splitRow) split++;
      const item3 = splitRow ? "Invented agenda part\ncontinued" : "NA";
      lines += bareLine(SPEAKER_COLUMNS, {
        ...meta,
        "": String(++row),
        filename: file,
        speaker: "Mr. Invented Speaker",
        country_org: country,
        participanttype: "Mentioned",
        speech_number: String(i + 1),
        agenda_item1: "Europe",
        agenda_item3: item3,
        meeting_symbol: `S/PV.${num}`,
        document_symbol: `S/PV.${num}`,
        speech_format: "In-Person",
      });
    });
    fs.writeSync(tfd, Buffer.concat(chunks));
    fs.writeSync(kfd, lines);
  }
  fs.writeSync(tfd, Buffer.alloc(1024));
  for (const fd of [tfd, kfd, mfd]) fs.closeSync(fd);
  return summary(dir, ["meta.tsv", "speaker.tsv", "speeches.tar"], speeches);
}

/** Writes CMFA PressCon (`CMFA_PressCon_v4.xlsx`) of `dyads` question–answer pairs, dates as Excel serials. */
export function writePressDataset(dir: string, dyads: number, seed = 3): Generated {
  const rand = generator(seed);
  const pool = paragraphPool(rand, 2000);
  fs.mkdirSync(dir, { recursive: true });
  const rows: unknown[][] = [PRESSCON_COLUMNS];
  const days = 7600; // 2002-10-15 → 2023-12-31
  for (let i = 0; i < dyads; i++) {
    const date = new Date(Date.UTC(2002, 9, 15) + Math.floor((i / dyads) * days) * 86400000).toISOString().slice(0, 10);
    const kosovo = rand() < 0.004;
    const q = `${kosovo ? "Invented question on Kosovo. " : ""}${pool[Math.floor(rand() * pool.length)]}`;
    const a = pool[Math.floor(rand() * pool.length)];
    const [y, m, d] = date.split("-").map(Number);
    const r: Record<string, unknown> = {
      id_orig: String(i),
      id_split: String(i),
      id: String(i),
      date: excelSerial(date),
    };
    Object.assign(r, { link: `https://example.org/${date}`, spokesperson: "Invented Spokesperson", day: d, month: m });
    Object.assign(r, { year: y, question: q, answer: a });
    rows.push(PRESSCON_COLUMNS.map((c) => r[c] ?? "-"));
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "PressCon");
  const file = path.join(dir, "CMFA_PressCon_v4.xlsx");
  fs.writeFileSync(file, XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer);
  return summary(dir, ["CMFA_PressCon_v4.xlsx"], dyads);
}
