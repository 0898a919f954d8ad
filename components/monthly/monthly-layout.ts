// The monthly chart's geometry, without Recharts: the card sizes the chart and places the tooltip
// before the chart's lazily loaded code arrives.

export const MONTHLY_MARGIN = { right: 16, left: 4, bottom: 4 } as const;
export const MONTHLY_Y_AXIS_WIDTH = 64;
export const MONTHLY_X_AXIS_HEIGHT = 24;
export const MONTHLY_PLOT_HEIGHT = 240;
/** The event markers sit in lanes above the plot (events of one month stack). */
export const MARKER_LANE = 17;
export const MARKER_RADIUS = 7;

export const markerAreaHeight = (lanes: number) => 6 + Math.max(1, lanes) * MARKER_LANE;

export function monthlyLayout(width: number, months: number, lanes: number) {
  const top = markerAreaHeight(lanes);
  const left = MONTHLY_MARGIN.left + MONTHLY_Y_AXIS_WIDTH;
  const right = width - MONTHLY_MARGIN.right;
  const bottom = top + MONTHLY_PLOT_HEIGHT;
  return {
    width,
    height: bottom + MONTHLY_X_AXIS_HEIGHT + MONTHLY_MARGIN.bottom,
    top,
    bottom,
    left,
    right,
    months,
    /** The centre of month `x` (0 = the first month): the axis runs from −0.5 to months − 0.5. */
    xPx: (x: number) => left + ((x + 0.5) / months) * (right - left),
    /** The month under a pixel, clamped to the axis. */
    monthAt: (px: number) => Math.min(months - 1, Math.max(0, Math.floor(((px - left) / (right - left)) * months))),
    markerY: (lane: number) => 4 + MARKER_RADIUS + lane * MARKER_LANE,
  };
}

export type MonthlyLayout = ReturnType<typeof monthlyLayout>;
