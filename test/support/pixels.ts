/** Pixel checks for rendered charts and screenshots (tests only). */
import { PNG } from "pngjs";

/**
 * Share of pixels in a PNG that carry ink: not (near-)white and not transparent.
 * A blank chart scores 0; a bar chart typically scores a few percent or more.
 */
export function inkShare(png: Buffer): number {
  const img = PNG.sync.read(png);
  let ink = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const [r, g, b, a] = [img.data[i], img.data[i + 1], img.data[i + 2], img.data[i + 3]];
    if (a > 16 && (r < 235 || g < 235 || b < 235)) ink++;
  }
  return ink / (img.width * img.height);
}
