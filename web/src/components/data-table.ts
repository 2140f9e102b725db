export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** This column names the row (rendered as <th scope="row">). */
  rowHeader?: boolean;
}
