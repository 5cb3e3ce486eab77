from nordask.cli import main

raise SystemExit(main())
