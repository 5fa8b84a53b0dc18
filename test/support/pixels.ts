/** Pixel checks for rendered charts and screenshots (tests only). */
import { PNG } from "pngjs";

/**
 * Pixels in a PNG that carry ink: not (near-)white and not transparent. A blank chart has
 * `share` 0; a bar chart typically a few percent or more.
 */
export function inkStats(png: Buffer): { share: number; ink: number; width: number; height: number } {
  const img = PNG.sync.read(png);
  let ink = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const [r, g, b, a] = [img.data[i], img.data[i + 1], img.data[i + 2], img.data[i + 3]];
    if (a > 0 && (r < 235 || g < 235 || b < 235)) ink++;
  }
  return { share: ink / (img.width * img.height), ink, width: img.width, height: img.height };
}

/** Share of a PNG's pixels that carry ink (`inkStats(png).share`). */
export function inkShare(png: Buffer): number {
  return inkStats(png).share;
}
