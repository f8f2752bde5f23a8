import CNcursesw
public enum MaturityTerminalPlaceholder {}
