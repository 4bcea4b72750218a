from prongsai.cli import main

raise SystemExit(main())
