import type { RuleCode } from './rules/catalogue.js';

/**
 * Stable diagnostic codes. They appear in the CLI output, in `data.code` of every diagnostic and
 * in quick fixes; never rename one (add a new code instead).
 */
export const Codes = {
    // files and pemda
    PemdaHeaderMissing: 'pemda-header-missing',
    PemdaUndefined: 'pemda-undefined',
    PemdaDefinedTwice: 'pemda-defined-twice',
    RegulationMissing: 'regulation-missing',
    RegulationUnknown: 'regulation-unknown',
    // the text itself: lexer and parser
    LexingError: 'lexing-error',
    UnterminatedString: 'unterminated-string',
    ParsingError: 'parsing-error',
    SyntaxErrorsTruncated: 'syntax-errors-truncated',
    // more findings of one code in one file than are shown (finding-cap.ts)
    FindingsTruncated: 'findings-truncated',
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
    AssigneeMissing: 'assignee-missing',
    OutsideWorkWithoutOwnPeople: 'outside-work-without-own-people',
    // pegawai
    NipMissing: 'nip-missing',
    NipInvalid: 'nip-invalid',
    NipDuplicate: 'nip-duplicate',
    PegawaiWithoutPosition: 'pegawai-without-position',
    PegawaiOnVacantPost: 'pegawai-on-vacant-post',
    PegawaiExceedsBezetting: 'pegawai-exceeds-bezetting',
    PegawaiInStructureFile: 'pegawai-in-structure-file',
    PegawaiNotInRole: 'pegawai-not-in-role',
    // proses bisnis
    ProcessCodeDuplicate: 'process-code-duplicate',
    ProcessCodeHierarchy: 'process-code-hierarchy',
    ProcessLevel: 'process-level',
    ProcessCycle: 'process-cycle',
    MapStartMissing: 'map-start-missing',
    MapEndMissing: 'map-end-missing',
    LaneMissing: 'lane-missing',
    NodeUnreachable: 'node-unreachable',
    NodeDeadEnd: 'node-dead-end',
    DecisionExits: 'decision-exits',
    FlowFromEnd: 'flow-from-end',
    FlowLabelOnChain: 'flow-label-on-chain',
    RelasiOutputNotProduced: 'relasi-output-not-produced',
    SopFieldMisplaced: 'sop-field-misplaced',
    // SiKerja itself
    CheckFailed: 'check-failed'
} as const;

export type StructureCode = typeof Codes[keyof typeof Codes];
/** Every code: the structure checks above and the regulation rules of the catalogue. */
export type Code = StructureCode | RuleCode;
