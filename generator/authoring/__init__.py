"""Writing content for editors: `prongsai new year/round` (scaffold), the Word import (read → map →
write), the content writer, `prongsai init` and `prongsai migrate`.

See ARCHITECTURE.md for the map."""
