/**
 * Stable diagnostic codes. They appear in the CLI output, in `data.code` of every diagnostic and
 * in quick fixes; never rename one (add a new code instead).
 */
export const Codes = {
    // files and pemda
    PemdaHeaderMissing: 'pemda-header-missing',
    PemdaUndefined: 'pemda-undefined',
    PemdaDefinedTwice: 'pemda-defined-twice',
    // names and references
    DuplicateName: 'duplicate-name',
    AttributeRepeated: 'attribute-repeated',
    LinkingError: 'linking-error',
    // organisation structure
    IndukCycle: 'induk-cycle',
    PenilaiCycle: 'penilai-cycle',
    LeaderDuplicate: 'leader-duplicate',
    JenisMissing: 'jenis-missing',
    JabatanStructural: 'jabatan-structural',
    JfAttributes: 'jf-attributes',
    StructureModelInvalid: 'structure-model-invalid',
    UptdClassInvalid: 'uptd-class-invalid',
    IsiOutsideInstance: 'isi-outside-instance',
    IsiRepeated: 'isi-repeated',
    TemplateKindMismatch: 'template-kind-mismatch',
    // teams and assignments
    OwnerMissing: 'owner-missing',
    KetuaMoreThanOne: 'ketua-more-than-one',
    MemberRepeated: 'member-repeated',
    AssigneeMissing: 'assignee-missing'
} as const;

export type Code = typeof Codes[keyof typeof Codes];
