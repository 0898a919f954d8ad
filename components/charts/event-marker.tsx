import { categoryColor, chartInk, textOn } from "@/lib/colors";

/** One escalation event on a time axis: a disc coloured by category, sized by severity, numbered. */
export function EventMarker({
  cx,
  cy,
  r,
  number,
  category,
  active,
  numberSize,
}: {
  /** The number's font size (px); by default 9, 7 above 99. */
  numberSize?: number;
  cx: number;
  cy: number;
  r: number;
  number: number;
  category: string;
  active: boolean;
}) {
  const fill = categoryColor(category);
  return (
    <>
      <circle cx={cx} cy={cy} r={r} fill={fill} stroke={active ? chartInk.text : chartInk.background} strokeWidth={active ? 2.5 : 1.25} />
      <text
        x={cx}
        y={cy}
        dy="0.35em"
        textAnchor="middle"
        fontSize={numberSize ?? (number > 99 ? 7 : 9)}
        fontWeight={700}
        fill={textOn(fill)}
        style={{ pointerEvents: "none" }}
      >
        {number}
      </text>
    </>
  );
}
