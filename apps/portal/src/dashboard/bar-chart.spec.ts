import { BarChart } from './bar-chart';

const rectHeights = (svg: string) =>
  [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((match) => Number(match[1]));
const texts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);

describe('BarChart', () => {
  const chart = (bars: { label: string; value: number; valueText?: string }[], scaleMax?: number) =>
    new BarChart({
      id: 'contacts',
      title: 'Contacts per day',
      description: 'Contacts received each day.',
      bars,
      scaleMax,
    });

  it('draws bars whose heights are proportional to their values', () => {
    const svg = chart([
      { label: 'Mon', value: 2 },
      { label: 'Tue', value: 8 },
      { label: 'Wed', value: 4 },
    ]).toSvg();
    const [monday, tuesday, wednesday] = rectHeights(svg);
    expect(tuesday).toBeGreaterThan(0);
    expect(monday / tuesday).toBeCloseTo(0.25, 2);
    expect(wednesday / tuesday).toBeCloseTo(0.5, 2);
  });

  it('measures against a fixed top of scale when given one (rates out of 1)', () => {
    const rates = chart([{ label: 'NFA', value: 0.5, valueText: '50%' }], 1);
    const full = chart([{ label: 'All', value: 1 }], 1);
    expect(rates.barHeights()[0] * 2).toBeCloseTo(full.barHeights()[0], 5);
  });

  it('is one image named by its title and described by its description', () => {
    const svg = chart([{ label: 'Mon', value: 3 }]).toSvg();
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="contacts-title contacts-desc"/);
    expect(svg).toContain('<title id="contacts-title">Contacts per day</title>');
    expect(svg).toContain('<desc id="contacts-desc">Contacts received each day. Highest: Mon, 3.</desc>');
  });

  it('writes every label and value as text, so colour is never the only cue', () => {
    const svg = chart([
      { label: 'Red', value: 1, valueText: '1 case' },
      { label: 'Amber', value: 4 },
    ]).toSvg();
    expect(texts(svg)).toEqual(expect.arrayContaining(['Red', 'Amber', '1 case', '4']));
  });

  it('thins out category labels that would overlap, keeping the first', () => {
    const days = Array.from({ length: 60 }, (_, index) => ({ label: `${index + 1} November`, value: index }));
    const labels = texts(chart(days).toSvg()).filter((text) => text.endsWith('November'));
    expect(labels[0]).toBe('1 November');
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.length).toBeLessThan(60);
    expect(rectHeights(chart(days).toSvg())).toHaveLength(60);
  });

  it('keeps the outermost labels inside the drawing', () => {
    const days = Array.from({ length: 30 }, (_, index) => ({ label: `${index + 1} November`, value: 1 }));
    const positions = [
      ...chart(days)
        .toSvg()
        .matchAll(/<text x="([\d.]+)"[^>]*>(\d+ November)<\/text>/g),
    ].map((match) => ({
      x: Number(match[1]),
      half: (match[2].length * 14 * 0.62) / 2,
    }));
    expect(positions.length).toBeGreaterThan(1);
    for (const { x, half } of positions) {
      expect(x - half).toBeGreaterThanOrEqual(0);
      expect(x + half).toBeLessThanOrEqual(480);
    }
  });

  it('says there is no data instead of drawing empty bars', () => {
    for (const bars of [[], [{ label: 'Mon', value: 0 }]]) {
      const svg = chart(bars).toSvg();
      expect(rectHeights(svg)).toEqual([]);
      expect(texts(svg)).toEqual(['No data for this period']);
      expect(svg).toContain('<desc id="contacts-desc">Contacts received each day. No data for this period.</desc>');
    }
  });

  it('escapes text so a label cannot break out of the markup', () => {
    const svg = chart([{ label: '<script>&"', value: 1 }]).toSvg();
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;');
  });
});
