import type {
    DerivedCopy, DocumentForms, IndividualAssignment, LetterCopy, Pegawai, PemdaModel, PermohonanPelibatan, Position, Team, TeamMember
} from '@sikerja/model';
import { joinsVoluntarily, PemdaIndex, workPeople } from '@sikerja/model';
import { regionHeadTitle } from './naskah.js';

export type Work = Team | IndividualAssignment;


/** What a document reads about a pemda: its lookups, forms and the titles forms name. */
export class DocumentFacts {
    readonly index: PemdaIndex;

    constructor(readonly pemda: PemdaModel, readonly forms: DocumentForms) {
        this.index = new PemdaIndex(pemda);
    }

    position(id: string | undefined): Position | undefined {
        return this.index.position(id);
    }

    /** A unit, Perangkat Daerah, position or instansi by id, as its title. */
    titleOf(id: string | undefined): string | undefined {
        if (id === undefined) return undefined;
        return this.index.unit(id)?.title ?? this.index.position(id)?.title ?? this.pemda.instansi.find(i => i.id === id)?.title;
    }

    /**
     * A jabatan with where it sits: "Analis Kebijakan Ahli Madya, Dinas …", or with its unit too
     * ("… pada Seksi PMD, Kecamatan Bengkayang"). What the title already names is not repeated.
     */
    jabatanWithOrganisation(position: Position, options: { unit?: boolean } = {}): string {
        const org = this.index.organisationOf(position.unit)?.title;
        const unit = options.unit ? this.titleOf(position.unit) : undefined;
        const names = (name: string | undefined) => name !== undefined && position.title.toLowerCase().includes(name.toLowerCase());
        return [
            position.title,
            unit !== undefined && !names(unit) ? ` pada ${unit}` : '',
            org !== undefined && org !== unit && !names(org) ? `, ${org}` : ''
        ].join('');
    }

    /**
     * The official a letter or a copy goes to, by title with the organisation it serves: "Kepala Seksi
     * PMD Kecamatan Bengkayang", "Sekretaris Daerah Kabupaten Bengkayang". A unit, Perangkat Daerah or
     * instansi is addressed through its head ("Kepala Dinas Perhubungan"), never by the office's name.
     */
    officialTitle(id: string | undefined): string | undefined {
        if (id === undefined) return undefined;
        const instansi = this.pemda.instansi.find(i => i.id === id);
        if (instansi) return /^kepala\b/i.test(instansi.title) ? instansi.title : `Kepala ${instansi.title}`;
        const unit = this.index.unit(id);
        const p = unit ? this.index.leaderOf(unit.id) : this.position(id);
        if (!p) return unit ? `Kepala ${unit.title}` : undefined;
        const org = this.index.organisationOf(p.unit);
        const lower = p.title.toLowerCase();
        const title = org && !lower.includes(org.title.toLowerCase()) && org.leader?.id !== p.id ? `${p.title} ${org.title}` : p.title;
        // The Sekretariat Daerah is named with its kabupaten: "Kepala Bagian Organisasi Sekretariat Daerah Kabupaten Bengkayang".
        return org?.kind === 'sekretariat-daerah' && this.pemda.title && !lower.includes(this.pemda.title.toLowerCase()) ? `${title} ${this.pemda.title}` : title;
    }

    /**
     * Who writes a permohonan: `dari` as written; without it, under pengajuan sukarela the one volunteer,
     * else the Pimpinan Unit Organisasi pemilik kinerja, whom the Perbup names as the sender (Bengkayang
     * Lampiran I.II.1.b angka 1 and c angka 1, TJT Ps 11 ayat (3) huruf a and ayat (4) huruf a).
     */
    senderOf(work: Work, letter: PermohonanPelibatan): Position | undefined {
        if (letter.sender !== undefined) return this.position(letter.sender);
        if (work.method === 'pengajuan-sukarela') return this.position(this.soleVolunteer(work));
        return work.owner === undefined ? undefined : this.index.leaderOf(work.owner);
    }

    /** The member who wrote the letter to take part (pengajuan sukarela), if the sender is one. */
    volunteerWriting(work: Work, letter: PermohonanPelibatan): TeamMember | undefined {
        const sender = this.senderOf(work, letter);
        return sender === undefined ? undefined : workPeople(work).find(m => m.position === sender.id && joinsVoluntarily(work, m));
    }

    /** The letter's hal as written, else the form's (or the volunteer's own). */
    subjectOf(work: Work, letter: PermohonanPelibatan): string {
        return letter.subject ?? (this.volunteerWriting(work, letter) ? 'Permohonan pelibatan melalui pengajuan sukarela' : this.forms.permohonan.subject);
    }

    private soleVolunteer(work: Work): string | undefined {
        const volunteers = workPeople(work).filter(m => {
            const post = this.position(m.position);
            return post?.role === 'jabatan' && joinsVoluntarily(work, m) && (work.owner === undefined || !this.index.isWithin(post.unit, work.owner));
        });
        return volunteers.length === 1 ? volunteers[0].position : undefined;
    }

    /**
     * The Pejabat yang Berwenang of this pemda who forwards a letter to another instansi: `melalui` as
     * written, else the Sekretaris Daerah (no Perbup names the office; the profile's reading).
     */
    pejabatYangBerwenang(letter: PermohonanPelibatan): Position | undefined {
        return this.position(letter.via) ?? this.pemda.organisations.find(o => o.kind === 'sekretariat-daerah')?.leader;
    }

    isInstansi(id: string | undefined): boolean {
        return id !== undefined && this.pemda.instansi.some(i => i.id === id);
    }

    perangkatDaerahTitle(unitId: string | undefined): string | undefined {
        const pd = unitId === undefined ? undefined : this.index.perangkatDaerahOf(unitId);
        return pd === undefined ? undefined : this.index.organisations.get(pd)?.title;
    }

    /** The person in a post one pegawai fills, else none (a blank the analyst fills). */
    holder(position: string | undefined): Pegawai | undefined {
        return this.index.soleHolder(position);
    }

    personOf(member: TeamMember): Pegawai | undefined {
        return this.index.personOf(member);
    }

    /** The values every form text may name. */
    values(work: Work, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
        const ownerTitle = work.owner !== undefined ? this.titleOf(work.owner) : work.ownerTitle;
        const pdTitle = work.owner !== undefined ? this.perangkatDaerahTitle(work.owner)
            : this.pemda.instansi.find(i => i.id === work.ownerInstansi)?.title;
        return {
            tim: work.title, kegiatan: activityName(work.title), pemilik: ownerTitle, pdPemilik: pdTitle, durasi: work.duration,
            pemda: this.pemda.title, kepalaDaerah: regionHeadTitle(this.pemda), ibukota: this.pemda.capital,
            target: targetsInSentence(work.targets),
            pimpinanPemilik: work.owner !== undefined ? this.index.leaderOf(work.owner)?.title : undefined,
            ...extra
        };
    }

    /** Copies as printed: written ones first, then those the form derives from the people concerned. */
    copies(written: readonly LetterCopy[], derived: readonly DerivedCopy[], people: readonly TeamMember[], exclude: ReadonlySet<string>): string[] {
        const out: string[] = [];
        const add = (text: string | undefined) => { if (text && !out.includes(text)) out.push(text); };
        for (const c of written) add(c.text ?? this.officialTitle(c.position));
        for (const kind of derived) {
            if (kind === 'yang-bersangkutan') { add('Yang bersangkutan untuk diketahui dan dilaksanakan.'); continue; }
            for (const m of people) {
                const p = this.position(m.position);
                if (!p) continue;
                const target = kind === 'penilai-kinerja-anggota' ? this.position(p.penilaiKinerja) : this.index.headOfPerangkatDaerah(p.unit);
                if (target && !exclude.has(target.id)) add(this.officialTitle(target.id));
            }
        }
        return out;
    }
}

/**
 * The name of the activity as the forms use it after their own "Tim Kerja …": "Tim Kerja Percepatan
 * Penurunan Stunting" gives "Percepatan Penurunan Stunting".
 */
export function activityName(title: string): string {
    return title.replace(/^tim\s+(kerja\s+)?/i, '') || title;
}

/** A file-name-safe piece of an id. */
export function safeName(s: string): string {
    return s.replace(/[^\p{L}\p{N}._-]+/gu, '_');
}

/**
 * The targets inside one sentence of a form ("… target kinerja: {target}, selama …"): one as written;
 * several numbered, since each is written as a sentence of its own and starts with a capital.
 */
export function targetsInSentence(targets: readonly string[]): string | undefined {
    if (targets.length <= 1) return targets[0];
    return targets.map((t, i) => `(${i + 1}) ${t.replace(/[.;]\s*$/, '')}`).join('; ');
}
