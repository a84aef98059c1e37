/**
 * Typing through an input method (Japanese, Chinese, Korean): while a composition is open, the text in the box is
 * not what the reader means yet (「さくじょ」 before it becomes 「削除」), and the keys belong to the IME: Enter
 * confirms a conversion, the arrows pick a candidate, Escape cancels it. Nothing here may act on them, and the
 * index is asked only for confirmed text.
 */

/** The parts of a keydown that tell whether it belongs to an open composition. */
export interface ComposingKey {
  isComposing?: boolean;
  keyCode?: number;
}

/**
 * Whether a keydown belongs to the input method. `isComposing` is the standard flag; key code 229 is what
 * browsers send for keys the IME processes, including the Enter that closes a composition in Safari, where
 * `compositionend` comes before that keydown and `isComposing` is already false.
 */
export function isImeKey(e: ComposingKey): boolean {
  return e.isComposing === true || e.keyCode === 229;
}

/** What the box knows about the input method: a composition is open; the last text the index was asked for. */
export interface ImeGate {
  composing: boolean;
  sent: string | null;
}

export const IME_IDLE: ImeGate = { composing: false, sent: null };

/** The gate's answer: its next state, and the text to search for (`null`: do not search). */
export interface GateStep {
  gate: ImeGate;
  search: string | null;
}

const send = (gate: ImeGate, value: string): GateStep =>
  // The same text twice in a row (Chrome's last `input` and `compositionend` both carry it) is searched once.
  value === gate.sent ? { gate, search: null } : { gate: { composing: gate.composing, sent: value }, search: value };

/** A composition opens: text typed from now on is not searched until it is confirmed. */
export function compositionStart(gate: ImeGate): ImeGate {
  return { ...gate, composing: true };
}

/**
 * The box's text changed. `composing`: the input event's own `isComposing`. True holds the text even before the
 * box saw a `compositionstart` (focus arriving mid-composition); false says no composition is open, which also
 * ends one that closed without a `compositionend` (Chromium cancelling it on Escape); undefined (a browser that
 * does not say) leaves the gate as it is.
 */
export function textChanged(gate: ImeGate, value: string, composing?: boolean): GateStep {
  if (composing === true || (composing === undefined && gate.composing)) return { gate, search: null };
  return send({ ...gate, composing: false }, value);
}

/** The composition closed with `value` in the box (confirmed, or cancelled back to the text before it). */
export function compositionEnd(gate: ImeGate, value: string): GateStep {
  return send({ ...gate, composing: false }, value);
}
