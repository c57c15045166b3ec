/**
 * The dimension profile as an SVG radar: six axes clockwise from the top, rings for levels 1–7,
 * the levels reached as a filled shape and the targets (when set) as a dashed outline. SVG, not a
 * canvas chart, so it prints sharp at any size; the table beside it carries the same numbers.
 */
export interface RadarAxis {
  key: string;
  name: string;
  level: number;
  target: number | null;
}

const SIZE = { width: 760, height: 420, centerX: 380, centerY: 210, radius: 140, levels: 7 };

function point(axis: number, count: number, level: number) {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / count;
  const distance = (SIZE.radius * level) / SIZE.levels;
  return { x: round(SIZE.centerX + distance * Math.cos(angle)), y: round(SIZE.centerY + distance * Math.sin(angle)), cos: Math.cos(angle), sin: Math.sin(angle) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function polygon(levels: number[]): string {
  return levels.map((level, axis) => point(axis, levels.length, level)).map(({ x, y }) => `${x},${y}`).join(' ');
}

export function Radar({ axes, label, levelWord, targetWord }: { axes: RadarAxis[]; label: string; levelWord: string; targetWord: string }) {
  const count = axes.length;
  if (count < 3) return null;
  const hasTargets = axes.some((axis) => axis.target !== null);
  return (
    <svg className="radar" viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-label={label} data-testid="radar">
      <title>{label}</title>
      {Array.from({ length: SIZE.levels }, (_, index) => index + 1).map((level) => {
        const top = point(0, count, level);
        return (
          <g key={level}>
            <polygon className={`ring${level === SIZE.levels ? ' outer' : ''}`} points={polygon(axes.map(() => level))} />
            <text className="ring-label" x={top.x + 4} y={top.y - 2}>
              {level}
            </text>
          </g>
        );
      })}
      {axes.map((axis, index) => {
        const end = point(index, count, SIZE.levels);
        const at = point(index, count, SIZE.levels + 0.9);
        const anchor = Math.abs(at.cos) < 0.1 ? 'middle' : at.cos > 0 ? 'start' : 'end';
        const firstLineY = round(at.sin < -0.9 ? at.y - 16 : at.sin > 0.9 ? at.y + 6 : at.y - 2);
        const detail = `${levelWord} ${axis.level}` + (axis.target === null ? '' : ` · ${targetWord} ${axis.target}`);
        return (
          <g key={axis.key} className="radar-axis" data-testid="radar-axis">
            <line x1={SIZE.centerX} y1={SIZE.centerY} x2={end.x} y2={end.y} />
            <text x={at.x} y={firstLineY} textAnchor={anchor}>
              <tspan className="axis-name">{axis.name}</tspan>
              <tspan className="axis-level" x={at.x} dy="1.25em">
                {detail}
              </tspan>
            </text>
          </g>
        );
      })}
      <polygon className="levels" points={polygon(axes.map((axis) => axis.level))} />
      {hasTargets && <polygon className="target" points={polygon(axes.map((axis) => axis.target ?? axis.level))} />}
      {axes.map((axis, index) => {
        const dot = point(index, count, axis.level);
        return <circle key={axis.key} className="level-dot" cx={dot.x} cy={dot.y} r={3.5} />;
      })}
    </svg>
  );
}
