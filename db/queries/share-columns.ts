import { tradeShares } from "../schema";

/** A trade share's year, period, partner and share: the selection every share query starts from. */
export const shareValueColumns = {
  year: tradeShares.year,
  period: tradeShares.period,
  month: tradeShares.month,
  half: tradeShares.half,
  partner: tradeShares.partner,
  sharePct: tradeShares.sharePct,
};
