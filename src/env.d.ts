/// <reference types="vite/client" />

/** The build id (package version, or FOLIO_BUILD_ID at build time). */
declare const __FOLIO_BUILD__: string
