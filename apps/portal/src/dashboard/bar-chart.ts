/** One bar: what it stands for, how big it is, and the words for its value. */
export interface Bar {
  label: string;
  value: number;
  /** What the bar says about itself ("12", "75%"); defaults to the value. */
  valueText?: string;
  /** A fill for this bar; the label and value text always say what the colour means too. */
  fill?: string;
}

export interface BarChartOptions {
  /** Unique on the page: the SVG's <title> and <desc> ids are made from it. */
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows; the numbers sit in a table beside it. */
  description: string;
  bars: readonly Bar[];
  /** The value at the top of the scale (say 1 for rates); defaults to the largest bar. */
  scaleMax?: number;
}

const WIDTH = 480;
const HEIGHT = 240;
const TOP = 28;
const BOTTOM = 36;
const SIDE = 24;
const FONT_SIZE = 14;
// Text widths are estimated: the server has no fonts to measure with, so labels keep a margin.
const CHARACTER_WIDTH = FONT_SIZE * 0.62;
const DEFAULT_FILL = '#1d70b8';
const TEXT_FILL = '#0b0c0c';
const AXIS_STROKE = '#505a5f';

/**
 * A bar chart as SVG markup, drawn on the server: no script, readable by assistive technology as
 * one image (`role="img"` named by its <title> and described by its <desc>), with every bar's
 * value written as text so nothing depends on colour alone. It scales to its container, so it
 * reflows at 320 CSS pixels.
 */
export class BarChart {
  constructor(private readonly options: BarChartOptions) {}

  /** Each bar's height in the drawing's units, proportional to its value. */
  barHeights(): number[] {
    const max = this.scaleMax();
    return this.options.bars.map((bar) => (max === 0 ? 0 : (Math.max(0, bar.value) / max) * plotHeight()));
  }

  toSvg(): string {
    const { id, title, bars } = this.options;
    const titleId = `${id}-title`;
    const descId = `${id}-desc`;
    const parts = [
      `<svg xmlns="http://www.w3.org/2000/svg" class="app-chart" id="${escapeXml(id)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" ` +
        `role="img" aria-labelledby="${escapeXml(titleId)} ${escapeXml(descId)}" focusable="false">`,
      `<title id="${escapeXml(titleId)}">${escapeXml(title)}</title>`,
      `<desc id="${escapeXml(descId)}">${escapeXml(this.description())}</desc>`,
      `<line x1="${SIDE}" y1="${HEIGHT - BOTTOM}" x2="${WIDTH - SIDE}" y2="${HEIGHT - BOTTOM}" stroke="${AXIS_STROKE}" stroke-width="1"/>`,
    ];
    if (!this.hasData()) {
      parts.push(
        `<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle" font-size="${FONT_SIZE + 2}" fill="${TEXT_FILL}">No data for this period</text>`,
      );
    } else {
      const slot = (WIDTH - 2 * SIDE) / bars.length;
      const barWidth = Math.max(1, slot * 0.7);
      const heights = this.barHeights();
      const labelEvery = this.labelEvery(slot);
      const valuesFit = Math.max(...bars.map((bar) => textWidth(valueText(bar)))) <= slot;
      bars.forEach((bar, index) => {
        const centre = SIDE + slot * index + slot / 2;
        const height = heights[index];
        const top = HEIGHT - BOTTOM - height;
        parts.push(
          `<rect x="${round(centre - barWidth / 2)}" y="${round(top)}" width="${round(barWidth)}" height="${round(height)}" fill="${escapeXml(bar.fill ?? DEFAULT_FILL)}"/>`,
        );
        if (valuesFit) {
          parts.push(
            `<text x="${round(centre)}" y="${round(top - 6)}" text-anchor="middle" font-size="${FONT_SIZE}" fill="${TEXT_FILL}">${escapeXml(valueText(bar))}</text>`,
          );
        }
        if (index % labelEvery === 0) {
          // Kept inside the drawing: the first and last labels may be wider than their bars.
          const half = textWidth(bar.label) / 2;
          const x = Math.min(Math.max(centre, half + 2), WIDTH - half - 2);
          parts.push(
            `<text x="${round(x)}" y="${HEIGHT - BOTTOM + FONT_SIZE + 6}" text-anchor="middle" font-size="${FONT_SIZE}" fill="${TEXT_FILL}">${escapeXml(bar.label)}</text>`,
          );
        }
      });
    }
    parts.push('</svg>');
    return parts.join('');
  }

  private hasData(): boolean {
    return this.options.bars.some((bar) => bar.value > 0);
  }

  private scaleMax(): number {
    return this.options.scaleMax ?? Math.max(0, ...this.options.bars.map((bar) => bar.value));
  }

  /** The description, with the largest bar named so the image alone says something useful. */
  private description(): string {
    if (!this.hasData()) return `${this.options.description} No data for this period.`;
    const largest = this.options.bars.reduce((best, bar) => (bar.value > best.value ? bar : best));
    return `${this.options.description} Highest: ${largest.label}, ${valueText(largest)}.`;
  }

  /** Every n-th category label, so that labels never overlap however many bars there are. */
  private labelEvery(slot: number): number {
    const widest = Math.max(...this.options.bars.map((bar) => textWidth(bar.label))) + 16;
    return Math.max(1, Math.ceil(widest / slot));
  }
}

function plotHeight(): number {
  return HEIGHT - TOP - BOTTOM;
}

function valueText(bar: Bar): string {
  return bar.valueText ?? String(bar.value);
}

function textWidth(text: string): number {
  return text.length * CHARACTER_WIDTH;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character]);
}
