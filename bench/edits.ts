// The edits the bench sends per keystroke, shared with the in-process keystroke profile.

/** Edits an analyst makes: a team's ketua, a position's kelas, a word in a process map. */
export function editsFor(files: Array<{ file: string; text: string }>, count: number): Array<{ file: string; text: (current: string) => string }> {
    const team = files.find(f => f.file.endsWith('tim-kerja.sikerja'))!;
    const pdFiles = files.filter(f => /\/(pd\d+|setda|kecamatan\d+)[^/]*\.sikerja$/.test(f.file));
    const proses = files.find(f => f.file.endsWith('proses-bisnis.sikerja'))!;
    const edits: Array<{ file: string; text: (current: string) => string }> = [];
    for (let i = 0; i < count; i++) {
        const kind = i % 3;
        if (kind === 0) {
            // Swap the ketua of team n with its anggota from the same unit, and back.
            const n = (i % 60) + 1;
            edits.push({ file: team.file, text: cur => {
                const block = new RegExp(`(tim Tim${n} "[^"]*" \\{[\\s\\S]*?ketua )(\\S+)(\\n    anggota )(\\S+)`);
                return cur.replace(block, (_m, a, k, b, g) => `${a}${g}${b}${k}`);
            } });
        } else if (kind === 1) {
            const f = pdFiles[i % pdFiles.length];
            edits.push({ file: f.file, text: cur => cur.replace(/(jabatan J\d+ "[^"]* Ahli Muda" fungsional keahlian ahli-muda kelas )(9|10)/, (_m, a, k) => `${a}${k === '9' ? '10' : '9'}`) });
        } else {
            edits.push({ file: proses.file, text: cur => cur.replace(/kegiatan Periksa "Memeriksa berkas( lagi)?"/, (_m, again) => `kegiatan Periksa "Memeriksa berkas${again ? '' : ' lagi'}"`) });
        }
    }
    return edits;
}
