/// The shell that installs the Swift toolchain and builds the engine: the
/// body of Gradescope's `setup.sh` (and of PrairieLearn's image recipe).
///
/// It installs the Ubuntu packages the toolchain needs (and bubblewrap,
/// which the grader contains student processes with), downloads the Swift
/// release for this Ubuntu and architecture when `swift` is absent, then
/// builds `descent` and the student runtime in release.
public enum ToolchainSetupScript {
  /// The commands, for a bash script already in `set -euo pipefail`.
  ///
  /// - Parameters:
  ///   - swiftVersion: the release to install when none is present (`6.3.1`).
  ///   - engineFolder: a shell expression for the engine's package folder.
  public static func commands(swiftVersion: String, engineFolder: String) -> String {
    let toolchain = AutograderLayout.toolchainFolder
    return """
      if [ "${\(AutograderLayout.skipSetupVariable):-}" = "1" ]; then
        echo "setup: \(AutograderLayout.skipSetupVariable)=1, installing and building nothing"
        exit 0
      fi

      SWIFT_VERSION="${SWIFT_VERSION:-\(swiftVersion)}"
      export DEBIAN_FRONTEND=noninteractive
      . /etc/os-release
      case "$VERSION_ID" in
        20.04) gcc=9 ;;
        22.04) gcc=11 ;;
        *) gcc=13 ;;
      esac
      apt-get update
      apt-get install -y --no-install-recommends \\
        binutils bubblewrap ca-certificates curl git gnupg2 libc6-dev libcurl4-openssl-dev libedit2 \\
        "libgcc-$gcc-dev" libncurses-dev libpython3-dev libsqlite3-0 "libstdc++-$gcc-dev" libxml2-dev \\
        libz3-dev pkg-config tzdata unzip zlib1g-dev

      export PATH="\(toolchain)/usr/bin:$PATH"
      if ! command -v swift >/dev/null 2>&1; then
        platform="ubuntu$VERSION_ID"
        suffix=""
        if [ "$(uname -m)" = "aarch64" ]; then suffix="-aarch64"; fi
        release="swift-$SWIFT_VERSION-RELEASE"
        url="https://download.swift.org/swift-$SWIFT_VERSION-release/${platform//./}$suffix/$release/$release-$platform$suffix.tar.gz"
        echo "setup: installing $release from $url"
        curl -fsSL "$url" -o /tmp/swift.tar.gz
        mkdir -p \(toolchain)
        tar -xzf /tmp/swift.tar.gz -C \(toolchain) --strip-components=1
        rm -f /tmp/swift.tar.gz
      fi
      swift --version

      cd \(engineFolder)
      swift build -c release --product descent
      swift build -c release --product DescentStudentRuntime
      echo "setup: built $(pwd)/.build/release/descent"
      """
  }
}
