/** "New since your last visit": the visit rules and the counting of arrivals a page carries. */
import { describe, expect, it } from "vitest";
import {
  arrivalsAttribute,
  arrivalsSince,
  isNewSince,
  nextVisit,
  parseArrivals,
  SITTING_GAP_MS,
} from "../../src/lib/what-is-new";

const HOUR = 3_600_000;

describe("the visit record", () => {
  it("marks nothing on the first visit and remembers the newest day", () => {
    expect(nextVisit(undefined, "2025-12-09", 0)).toEqual({
      record: { seen: "2025-12-09", since: "2025-12-09", at: 0 },
      first: true,
    });
  });

  it("marks what arrived after the newest day of the last visit, through the whole sitting", () => {
    const first = nextVisit(undefined, "2025-12-09", 0).record;
    // A rebuild with a newer digest, read within the same sitting and in a later one.
    const soon = nextVisit(first, "2025-12-15", 60_000);
    expect(soon).toMatchObject({ since: "2025-12-09", first: false, record: { seen: "2025-12-15" } });
    const backHome = nextVisit(soon.record, "2025-12-15", 120_000);
    expect(backHome.since).toBe("2025-12-09");
    const tomorrow = nextVisit(backHome.record, "2025-12-15", 120_000 + SITTING_GAP_MS + 1);
    expect(tomorrow.since).toBe("2025-12-15");
    expect(isNewSince("2025-12-15", tomorrow.since)).toBe(false);
  });

  it("a new sitting marks what arrived since the last one", () => {
    const monday = nextVisit(undefined, "2025-12-09", 0).record;
    const later = nextVisit(monday, "2025-12-15", 24 * HOUR);
    expect(later.since).toBe("2025-12-09");
  });

  it("an older copy of a page (from the offline cache) never moves the newest day back", () => {
    const record = nextVisit(undefined, "2025-12-15", 0).record;
    const offline = nextVisit(record, "2025-12-09", 24 * HOUR);
    expect(offline.record.seen).toBe("2025-12-15");
    expect(isNewSince("2025-12-09", offline.since)).toBe(false);
  });

  it("a page that knows no newest day neither starts nor moves the record", () => {
    const none = nextVisit(undefined, undefined, 0);
    expect(none).toEqual({ record: { at: 0 }, first: false });
    expect(nextVisit(none.record, "2025-12-09", 1).first).toBe(true);
  });
});

describe("arrivals on a page", () => {
  it("counts papers per first listing day, newest first, undated papers left out", () => {
    const attribute = arrivalsAttribute(["2025-12-09", "2025-12-15", undefined, "2025-12-15", "2025-10-24"]);
    expect(attribute).toBe("2025-12-15:2 2025-12-09:1 2025-10-24:1");
    const arrivals = parseArrivals(attribute);
    expect(arrivalsSince(arrivals, "2025-12-09")).toEqual({ count: 2, atLeast: false });
    expect(arrivalsSince(arrivals, "2025-01-01")).toEqual({ count: 4, atLeast: false });
    expect(arrivalsSince(arrivals, "2025-12-15")).toEqual({ count: 0, atLeast: false });
  });

  it("keeps the newest days only and then says 'at least' for a reader away longer", () => {
    const days = Array.from({ length: 5 }, (_, index) => `2025-12-0${index + 1}`);
    const attribute = arrivalsAttribute(days, 3);
    expect(attribute).toBe("2025-12-05:1 2025-12-04:1 2025-12-03:1 +");
    const arrivals = parseArrivals(attribute);
    expect(arrivalsSince(arrivals, "2025-12-03")).toEqual({ count: 2, atLeast: false });
    expect(arrivalsSince(arrivals, "2025-12-01")).toEqual({ count: 3, atLeast: true });
  });
});
