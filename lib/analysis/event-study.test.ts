import { describe, expect, it } from "vitest";
import { eventStudy, medianDelta, type HeadlineShare, type StudyEvent } from "./event-study";

const h = (year: number, sharePct: number | null, extra: Partial<HeadlineShare> = {}): HeadlineShare => ({
  year,
  period: "annual",
  sharePct,
  low: null,
  high: null,
  bound: null,
  estimate: false,
  sourceId: year,
  ...extra,
});
const ev = (id: number, date: string, severity = 4, category = "export_control"): StudyEvent => ({ id, date, title: `e${id}`, category, severity });

// The rare-earths headline series as seeded (2013, 2015–17, 2019 and 2021 are gaps; 2025 a range).
const series = [
  h(2009, 85.49),
  h(2010, 81.61),
  h(2011, 68.37),
  h(2012, 58, { estimate: true }),
  h(2014, 59.64),
  h(2018, 58),
  h(2020, 58),
  h(2022, 66.7, { bound: "lower", estimate: true, period: "point_in_time" }),
  h(2023, 73.1, { period: "half_year", estimate: true }),
  h(2024, 70, { estimate: true }),
  h(2025, null, { period: "range", low: 60, high: 70, estimate: true }),
  h(2026, 60, { estimate: true, period: "point_in_time" }),
];

describe("eventStudy", () => {
  it("takes the nearest years strictly before and after the event's year (hand-computed: 68.37 − 85.49 = −17.12)", () => {
    const [row] = eventStudy([ev(1, "2010-09-21")], series);
    expect(row.before).toMatchObject({ year: 2009, sharePct: 85.49, sourceId: 2009 });
    expect(row.after).toMatchObject({ year: 2011, sharePct: 68.37, sourceId: 2011 });
    expect(row.deltaPp).toBe(-17.12);
    expect(row.approximate).toBe(false);
    expect(row.note).toBeNull();
  });

  it("bridges a gap inside the window (2013 has no value: 2012 → 2014)", () => {
    const [row] = eventStudy([ev(1, "2013-05-01")], series);
    expect(row.before?.year).toBe(2012);
    expect(row.after?.year).toBe(2014);
    expect(row.deltaPp).toBe(1.64);
    expect(row.approximate).toBe(true); // 2012 is an estimate
  });

  it("says 'no value' instead of reaching past the window", () => {
    const [row] = eventStudy([ev(1, "2016-06-01")], series, 1);
    expect(row.before).toBeNull();
    expect(row.after).toBeNull();
    expect(row.deltaPp).toBeNull();
    expect(row.note).toBe("no value within 1 years before; no value within 1 years after");
    const [wide] = eventStudy([ev(1, "2016-06-01")], series, 2);
    expect(wide.before?.year).toBe(2014);
    expect(wide.after?.year).toBe(2018);
    expect(wide.deltaPp).toBe(-1.64);
  });

  it("passes over a range year and names it, never taking its midpoint", () => {
    const [row] = eventStudy([ev(1, "2026-01-06")], series);
    expect(row.before).toMatchObject({ year: 2024, sharePct: 70 });
    expect(row.after).toBeNull();
    expect(row.deltaPp).toBeNull();
    expect(row.note).toContain("2025 is a range (60–70%), passed over");
    const [y2024] = eventStudy([ev(2, "2024-12-03")], series);
    expect(y2024.after).toMatchObject({ year: 2026, sharePct: 60 });
    expect(y2024.deltaPp).toBe(-13.1); // 60 − 73.1
  });

  it("flags a bound on either side as approximate (2022 lower bound → 2023: 73.1 − 66.7 = 6.4)", () => {
    const [row] = eventStudy([ev(1, "2023-03-01")], series);
    expect(row.before).toMatchObject({ year: 2022, sharePct: 66.7, bound: "lower" });
    expect(row.deltaPp).toBe(3.3); // after = 2024's 70
    expect(row.approximate).toBe(true);
  });

  it("bounds a change measured from a bound, gives it no sign it does not have, and keeps it out of the median", () => {
    // 2022 "more than 66.7%" → 2024 ~70%: the change is at most +3.3 pp, up or down.
    const [row] = eventStudy([ev(1, "2023-03-01")], series);
    expect(row.deltaBound).toBe("at_most");
    expect(row.direction).toBe("undetermined");
    expect(medianDelta([row])).toBeNull();
    // The same bound before a lower value: at most −6.7 pp, so certainly down.
    const [down] = eventStudy([ev(2, "2023-03-01")], [h(2022, 66.7, { bound: "lower" }), h(2024, 60)]);
    expect(down).toMatchObject({ deltaPp: -6.7, deltaBound: "at_most", direction: "down" });
    // An upper bound before (less than 50%) and a higher value after: at least +10 pp, up.
    const [up] = eventStudy([ev(3, "2023-03-01")], [h(2022, 50, { bound: "upper" }), h(2024, 60)]);
    expect(up).toMatchObject({ deltaPp: 10, deltaBound: "at_least", direction: "up" });
    // Lower bounds on both sides: nothing is known of the change.
    const [none] = eventStudy([ev(4, "2023-03-01")], [h(2022, 50, { bound: "lower" }), h(2024, 60, { bound: "lower" })]);
    expect(none).toMatchObject({ deltaPp: null, deltaBound: "unbounded", direction: "undetermined" });
    // Exact values keep their sign and count.
    const [exact] = eventStudy([ev(5, "2010-09-21")], series);
    expect(exact).toMatchObject({ deltaPp: -17.12, deltaBound: "exact", direction: "down" });
    expect(medianDelta([row, exact])).toBe(-17.12);
  });

  it("keeps severity ≥ 3 escalations only, and events in one year tie on the same years", () => {
    const rows = eventStudy(
      [ev(1, "2010-09-07", 5, "military"), ev(2, "2010-09-21", 3), ev(3, "2010-10-01", 2), ev(4, "2010-11-01", 5, "agreement"), ev(5, "2010-12-01", 4, "de_escalation")],
      series,
    );
    expect(rows.map((r) => r.incidentId)).toEqual([1, 2]);
    expect(rows[0].deltaPp).toBe(rows[1].deltaPp);
  });

  it("takes the median of the available changes", () => {
    const rows = eventStudy([ev(1, "2010-09-21"), ev(2, "2013-05-01"), ev(3, "2026-01-06"), ev(4, "2019-07-01")], series);
    // deltas: −17.12, 1.64, (none), 0 → median of [−17.12, 0, 1.64] = 0
    expect(rows.map((r) => r.deltaPp)).toEqual([-17.12, 1.64, null, 0]);
    expect(medianDelta(rows)).toBe(0);
    expect(medianDelta(rows.slice(0, 2))).toBe(-7.74);
    expect(medianDelta([])).toBeNull();
  });
});
