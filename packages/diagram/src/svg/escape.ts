const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values from the model: every name goes through here. */
export function escapeXml(s: string): string {
    // Characters XML 1.0 forbids outright would make the file unreadable; they are dropped.
    return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, c => ENTITIES[c]);
}
