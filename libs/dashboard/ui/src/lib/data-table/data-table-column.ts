/** How one column of a data table reads its cell from a row. */
export interface DataTableColumn<T> {
  id: string;
  header: string;
  cell: (row: T) => string | number | null;
  /** Right-aligned with tabular figures; numbers are formatted for the user's locale. */
  numeric?: boolean;
  /** The column that names the row (a `th scope="row"`), read first by screen readers. */
  rowHeader?: boolean;
  /** Makes the cell a link to this router path (e.g. a detail page); null leaves that row's cell as text. */
  link?: (row: T) => readonly string[] | null;
}
