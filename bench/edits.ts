// The edits the bench sends per keystroke, shared with the in-process keystroke profile.

export interface Edit {
    kind: 'ketua' | 'kelas' | 'kegiatan' | 'nama';
    file: string;
    text: (current: string) => string;
}

/**
 * Edits an analyst makes, in turn: a team's ketua, a position's kelas, a word in a process map, and
 * a letter typed at the end of a position's name (every such keystroke changes a name in the pemda).
 */
export function editsFor(files: Array<{ file: string; text: string }>, count: number): Edit[] {
    // A province has one team file and one process file per kabupaten: the edits go round them all.
    const teams = files.filter(f => f.file.endsWith('tim-kerja.sikerja'));
    const pdFiles = files.filter(f => /\/(pd\d+|setda|kecamatan\d+)[^/]*\.sikerja$/.test(f.file));
    const processes = files.filter(f => f.file.endsWith('proses-bisnis.sikerja'));
    const edits: Edit[] = [];
    for (let i = 0; i < count; i++) {
        const kind = i % 4;
        if (kind === 0) {
            // Swap the ketua of team n with its anggota from the same unit, and back.
            const n = (i % 60) + 1;
            const team = teams[Math.floor(i / 4) % teams.length];
            edits.push({ kind: 'ketua', file: team.file, text: cur => {
                const block = new RegExp(`(tim Tim${n} "[^"]*" \\{[\\s\\S]*?ketua )(\\S+)(\\n    anggota )(\\S+)`);
                return cur.replace(block, (_m, a, k, b, g) => `${a}${g}${b}${k}`);
            } });
        } else if (kind === 1) {
            const f = pdFiles[i % pdFiles.length];
            edits.push({ kind: 'kelas', file: f.file, text: cur => cur.replace(/(jabatan J\d+ "[^"]* Ahli Muda" fungsional keahlian ahli-muda kelas )(9|10)/, (_m, a, k) => `${a}${k === '9' ? '10' : '9'}`) });
        } else if (kind === 3) {
            const f = pdFiles[(i * 7) % pdFiles.length];
            edits.push({ kind: 'nama', file: f.file, text: cur => {
                const last = [...cur.matchAll(/jabatan (J\d+)(Baru)? /g)].pop();
                if (!last) return cur;
                const name = last[2] ? last[1] : `${last[1]}Baru`;
                return cur.slice(0, last.index) + `jabatan ${name} ` + cur.slice(last.index! + last[0].length);
            } });
        } else {
            const proses = processes[Math.floor(i / 4) % processes.length];
            edits.push({ kind: 'kegiatan', file: proses.file, text: cur => cur.replace(/kegiatan Periksa "Memeriksa berkas( lagi)?"/, (_m, again) => `kegiatan Periksa "Memeriksa berkas${again ? '' : ' lagi'}"`) });
        }
    }
    return edits;
}
