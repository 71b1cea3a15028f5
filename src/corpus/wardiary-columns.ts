/** The War Diary's layout (afg.csv: 32 columns, no header row), for the importer and the generator alike. */

export const WARDIARY_COLUMNS = [
  'ReportKey',
  'DateOccurred',
  'Type',
  'Category',
  'TrackingNumber',
  'Title',
  'Summary',
  'Region',
  'AttackOn',
  'ComplexAttack',
  'ReportingUnit',
  'UnitName',
  'TypeOfUnit',
  'FriendlyWIA',
  'FriendlyKIA',
  'HostNationWIA',
  'HostNationKIA',
  'CivilianWIA',
  'CivilianKIA',
  'EnemyWIA',
  'EnemyKIA',
  'EnemyDetained',
  'MGRS',
  'Latitude',
  'Longitude',
  'OriginatorGroup',
  'UpdatedByGroup',
  'CCIR',
  'Sigact',
  'Affiliation',
  'DColor',
  'Classification',
] as const;
export type WardiaryColumn = (typeof WARDIARY_COLUMNS)[number];
/** Column name → index in a row. */
export const COL = Object.fromEntries(WARDIARY_COLUMNS.map((c, i) => [c, i])) as Record<WardiaryColumn, number>;
/** The War Diary's literal empty marker. */
export const NULL_VALUE = '<null value>';
