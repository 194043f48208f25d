// Mirrors nanoFramework.TestFramework 3.0.80 (assembly nanoFramework.TestFramework 3.0.80.0), source of
// nanoframework/nanoFramework.TestFramework on its 3.0 line (Assert's message parameters also carry
// [CallerArgumentExpression], left out here). Only the members the portable tests in Tests/DeviceTests use;
// signatures only, every body throws. Compile check only: never shipped, never deployed.
using System;

namespace nanoFramework.TestFramework
{
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute
    {
    }

    public sealed class Assert
    {
        public static void AreEqual(int expected, int actual, string message = "") => throw new NotImplementedException();

        public static void AreEqual(long expected, long actual, string message = "") => throw new NotImplementedException();

        public static void AreEqual(string expected, string actual, string message = "") => throw new NotImplementedException();

        public static void IsTrue(bool condition, string message = "") => throw new NotImplementedException();

        public static void IsFalse(bool condition, string message = "") => throw new NotImplementedException();

        public static void IsNull(object value, string message = "") => throw new NotImplementedException();

        public static void IsNotNull(object value, string message = "") => throw new NotImplementedException();
    }
}
