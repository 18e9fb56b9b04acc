import type { Source } from '../../shared/dataset/schema'

interface SourcesTableProps {
  sources: readonly Source[]
  /** Adds a Note column (the dataset's sources carry notes worth reading). */
  withNotes?: boolean
  testId?: string
}

/** Sources as a table: title, origin as text (never a link: the app does not navigate), licence, date. */
export function SourcesTable({ sources, withNotes = false, testId }: SourcesTableProps) {
  return (
    <table className="sources-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Origin</th>
          <th scope="col">Licence</th>
          <th scope="col">As of</th>
          {withNotes && <th scope="col">Note</th>}
        </tr>
      </thead>
      <tbody>
        {sources.map((source) => (
          <tr key={source.id} data-source-id={source.id}>
            <th scope="row">{source.title}</th>
            <td className="sources-table__origin">{source.origin}</td>
            <td>{source.licence}</td>
            <td className="sources-table__date">{source.asOf}</td>
            {withNotes && <td>{source.note ?? ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
