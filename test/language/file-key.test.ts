import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKey, isWithinFolder } from '@sikerja/language';

describe('whether a file lies in a folder', () => {
    it('on Windows: a file on another drive is outside, however its path begins', () => {
        expect(isWithinFolder('C:\\Kabupaten\\Bengkayang', 'D:\\Kabupaten\\Bengkayang\\setda.sikerja', path.win32)).toBe(false);
        expect(isWithinFolder('C:\\Kabupaten\\Bengkayang', 'C:\\Kabupaten\\Bengkayang\\setda.sikerja', path.win32)).toBe(true);
        expect(isWithinFolder('c:\\Kabupaten', 'C:\\kabupaten\\Bengkayang\\setda.sikerja', path.win32)).toBe(true);
        expect(isWithinFolder('C:\\Kabupaten\\Bengkayang', 'C:\\Kabupaten\\Bengkalis\\setda.sikerja', path.win32)).toBe(false);
    });

    it('on this machine: inside, the folder itself, and a sibling folder', () => {
        expect(isWithinFolder('/kab/bengkayang', '/kab/bengkayang/setda.sikerja')).toBe(true);
        expect(isWithinFolder('/kab/bengkayang', '/kab/bengkayang')).toBe(true);
        expect(isWithinFolder('/kab/bengkayang', '/kab/bengkalis/setda.sikerja')).toBe(false);
    });
});

describe('one key for one file', () => {
    it('is the same for every spelling of the path that names the file', () => {
        expect(fileKey('examples/./bengkayang/../bengkayang/setda.sikerja')).toBe(fileKey(path.resolve('examples/bengkayang/setda.sikerja')));
        expect(fileKey('examples/bengkayang/setda.sikerja')).not.toBe(fileKey('examples/bengkayang/dpmptsp.sikerja'));
    });
});
