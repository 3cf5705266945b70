/** An SVG whose first painted element is an opaque rectangle over the whole view box. */
export interface OpaqueBackground {
    /** The SVG without that rectangle. */
    svg: string;
    /** Its colour, `#rrggbb`. */
    color: string;
}

// The form every SiKerja writer starts its drawing with (write-svg.ts, sop-svg.ts).
const LEADING_BACKGROUND = /^(<svg [^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>\n)<rect x="0" y="0" width="([\d.]+)" height="([\d.]+)" fill="(#[0-9a-fA-F]{6})"\/>\n/;

/**
 * The background rectangle taken out, to be laid down by the rasteriser as the canvas colour: the
 * same pixels (the rectangle covers the canvas exactly and nothing lies beneath it), without
 * anti-aliasing a fill over every pixel, and the canvas known to be opaque. Undefined for any other
 * SVG, which is then rendered as it is.
 */
export function splitOpaqueBackground(svg: string): OpaqueBackground | undefined {
    const m = LEADING_BACKGROUND.exec(svg);
    if (!m || m[2] !== m[4] || m[3] !== m[5]) return undefined;
    return { svg: m[1] + svg.slice(m[0].length), color: m[6].toLowerCase() };
}
