import DescentContract

// HOSTILE: a type that doubles twenty times; compiling it takes minutes.
typealias Layer0 = (Double, Double)
typealias Layer1 = (Layer0, Layer0)
typealias Layer2 = (Layer1, Layer1)
typealias Layer3 = (Layer2, Layer2)
typealias Layer4 = (Layer3, Layer3)
typealias Layer5 = (Layer4, Layer4)
typealias Layer6 = (Layer5, Layer5)
typealias Layer7 = (Layer6, Layer6)
typealias Layer8 = (Layer7, Layer7)
typealias Layer9 = (Layer8, Layer8)
typealias Layer10 = (Layer9, Layer9)
typealias Layer11 = (Layer10, Layer10)
typealias Layer12 = (Layer11, Layer11)
typealias Layer13 = (Layer12, Layer12)
typealias Layer14 = (Layer13, Layer13)
typealias Layer15 = (Layer14, Layer14)
typealias Layer16 = (Layer15, Layer15)
typealias Layer17 = (Layer16, Layer16)
typealias Layer18 = (Layer17, Layer17)
typealias Layer19 = (Layer18, Layer18)
typealias Layer20 = (Layer19, Layer19)

/// Returns its argument: enough to make the compiler lay the type out.
func echo(_ layer: Layer20) -> Layer20 { layer }
