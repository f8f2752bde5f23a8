import MaturityCommandLine

// `maturity workshop` runs this program; see WorkshopProgram.
WorkshopProgram.main()
