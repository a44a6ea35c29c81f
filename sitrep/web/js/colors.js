// One colour per PLOVER type: cooperative types in blues/greens, conflictual in oranges/reds.
export const PLOVER_COLORS = {
  AGREE: "#2b8a3e", CONSULT: "#37b24d", SUPPORT: "#74b816", CONCEDE: "#94d82d", COOPERATE: "#1c7ed6",
  AID: "#15aabf", RETREAT: "#4dabf7", REQUEST: "#845ef7", ACCUSE: "#f59f00", REJECT: "#fab005",
  THREATEN: "#f76707", PROTEST: "#e64980", SANCTION: "#ae3ec9", MOBILIZE: "#e8590c", COERCE: "#c92a2a",
  ASSAULT: "#7f0000",
};

export function ploverColor(type) {
  return PLOVER_COLORS[type] || "#868e96";
}
