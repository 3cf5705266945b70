import { describe, expect, it } from 'vitest';
import { sameOnPaper, settleTurns, type Orientation } from '@sikerja/export';

/** A page's two turns, best first, as the PDF writer ranks them: the scale each prints the drawing at. */
function page(landscape: number, portrait: number): Array<{ orientation: Orientation; scale: number }> {
    return [{ orientation: 'landscape' as const, scale: landscape }, { orientation: 'portrait' as const, scale: portrait }].sort((a, b) => b.scale - a.scale);
}
const alike = (a: { scale: number }, b: { scale: number }) => sameOnPaper(a.scale, b.scale);
const turns = (pages: ReturnType<typeof page>[]) => settleTurns(pages, alike).map(t => t.orientation);

describe('the turn of each page of a document', () => {
    it('is the one that prints the page larger', () => {
        expect(turns([page(1.2, 0.9), page(0.8, 1.1)])).toEqual(['landscape', 'portrait']);
    });

    it('follows the other pages where the page prints the same either way (a small drawing at 11 pt body text)', () => {
        // Kecamatan Bengkayang's peta jabatan: one small seksi block between tall portrait pages.
        expect(turns([page(0.8, 1.3), page(0.8, 1.3), page(1.375, 1.375), page(0.8, 1.3)])).toEqual(['portrait', 'portrait', 'portrait', 'portrait']);
        expect(turns([page(1.3, 0.8), page(1.375, 1.375), page(1.3, 0.8)])).toEqual(['landscape', 'landscape', 'landscape']);
        // A tenth of a percent larger one way is the same on paper (Kecamatan Bengkayang's lampiran: 1.467 and 1.465).
        expect(turns([page(0.865, 1.447), page(1.467, 1.465), page(0.767, 1.286)])).toEqual(['portrait', 'portrait', 'portrait']);
    });

    it('follows the set where the set\'s turn still prints it at print size (a continued peta lintas fungsi)', () => {
        // Tanjung Jabung Timur's PetaIzinAngkutan: four wide pages and one narrow one between them.
        const atLeast = (least: number) => (turn: { scale: number }) => turn.scale >= least;
        const set = [page(1.3, 0.8), page(1.3, 0.8), page(1.3, 0.8), page(1.25, 1.6), page(1.3, 0.8)];
        expect(settleTurns(set, alike, atLeast(1.23)).map(t => t.orientation)).toEqual(['landscape', 'landscape', 'landscape', 'landscape', 'landscape']);
        // Turned against the set only where the set's turn would print its notes under 8 pt.
        const tall = [page(1.3, 0.8), page(1.0, 1.6), page(1.3, 0.8)];
        expect(settleTurns(tall, alike, atLeast(1.23)).map(t => t.orientation)).toEqual(['landscape', 'portrait', 'landscape']);
    });

    it('keeps its first candidate when no page needs a turn', () => {
        expect(turns([page(1.375, 1.375)])).toEqual(['landscape']);
    });
});
