from memberdesk.cli import main

raise SystemExit(main())
