import { backupFileName, exportBackup } from './export'

/** What an export handed to the browser. */
export interface ExportedBackup {
  fileName: string
  articles: number
  bytes: number
}

/** The download reads the Blob after click() returns: FileSaver.js waits this long before revoking, for slow browsers. */
const REVOKE_AFTER_MS = 40_000

/** Exports the library and hands it to the browser as a download, `folio-backup-YYYY-MM-DD.json`. */
export async function downloadBackup(buildId: string, now = new Date()): Promise<ExportedBackup> {
  const backup = await exportBackup({ now, buildId })
  const blob = new Blob([JSON.stringify(backup)], { type: 'application/json' })
  const href = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = href
  link.download = backupFileName(now)
  link.click()
  setTimeout(() => URL.revokeObjectURL(href), REVOKE_AFTER_MS)
  return { fileName: link.download, articles: backup.feed.items.length, bytes: blob.size }
}
